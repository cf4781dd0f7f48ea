# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_left_mouse_up_config`: the official path of these types."""

from __future__ import annotations

from ._models.browser_left_mouse_up_config import (
    BrowserLeftMouseUpConfig as BrowserLeftMouseUpConfig,
)

__all__ = [
    "BrowserLeftMouseUpConfig",
]
