# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_content_block`: the official path of these types."""

from __future__ import annotations

from .._models.content_block import ContentBlock as BetaContentBlock

__all__ = [
    "BetaContentBlock",
]
