# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.text_citation`: the official path of these types."""

from __future__ import annotations

from ._models.text_citation import TextCitation as TextCitation

__all__ = [
    "TextCitation",
]
