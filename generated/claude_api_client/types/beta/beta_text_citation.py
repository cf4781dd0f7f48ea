# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_text_citation`: the official path of these types."""

from __future__ import annotations

from .._models.text_citation import TextCitation as BetaTextCitation

__all__ = [
    "BetaTextCitation",
]
