# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.thinking_config_disabled_param`: the official path of these types."""

from __future__ import annotations

from ._params.thinking_config_disabled_param import (
    ThinkingConfigDisabledParam as ThinkingConfigDisabledParam,
)

__all__ = [
    "ThinkingConfigDisabledParam",
]
