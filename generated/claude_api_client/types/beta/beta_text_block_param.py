# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_text_block_param`: the official path of these types."""

from __future__ import annotations

from .._params.text_block_param import TextBlockParam as BetaTextBlockParam

__all__ = [
    "BetaTextBlockParam",
]
