# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_plain_text_source`: the official path of these types."""

from __future__ import annotations

from .._models.plain_text_source import PlainTextSource as BetaPlainTextSource

__all__ = [
    "BetaPlainTextSource",
]
