# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_thinking_block_param`: the official path of these types."""

from __future__ import annotations

from .._params.thinking_block_param import ThinkingBlockParam as BetaThinkingBlockParam

__all__ = [
    "BetaThinkingBlockParam",
]
