# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_thinking_config_adaptive_param`: the official path of these types."""

from __future__ import annotations

from .._params.thinking_config_adaptive_param import (
    ThinkingConfigAdaptiveParam as BetaThinkingConfigAdaptiveParam,
)

__all__ = [
    "BetaThinkingConfigAdaptiveParam",
]
