# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_fallback_param`: the official path of these types."""

from __future__ import annotations

from .._params.fallback_config_param import FallbackConfigParam as BetaFallbackParam
from .._params.thinking_config_param import ThinkingConfigParam as Thinking

__all__ = [
    "BetaFallbackParam",
    "Thinking",
]
