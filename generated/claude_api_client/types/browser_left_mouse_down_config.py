# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_left_mouse_down_config`: the official path of these types."""

from __future__ import annotations

from ._models.browser_left_mouse_down_config import (
    BrowserLeftMouseDownConfig as BrowserLeftMouseDownConfig,
)

__all__ = [
    "BrowserLeftMouseDownConfig",
]
