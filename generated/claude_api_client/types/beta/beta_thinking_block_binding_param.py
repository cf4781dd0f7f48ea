# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_thinking_block_binding_param`: the official path of these types."""

from __future__ import annotations

from .._params.thinking_block_binding_param import (
    ThinkingBlockBindingParam as BetaThinkingBlockBindingParam,
)

__all__ = [
    "BetaThinkingBlockBindingParam",
]
