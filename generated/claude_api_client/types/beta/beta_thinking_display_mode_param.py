# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_thinking_display_mode_param`: the official path of these types."""

from __future__ import annotations

from .._params.thinking_display_mode_param import (
    ThinkingDisplayModeParam as BetaThinkingDisplayModeParam,
)

__all__ = [
    "BetaThinkingDisplayModeParam",
]
