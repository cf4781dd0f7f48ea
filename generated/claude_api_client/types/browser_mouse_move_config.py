# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_mouse_move_config`: the official path of these types."""

from __future__ import annotations

from ._models.browser_mouse_move_config import BrowserMouseMoveConfig as BrowserMouseMoveConfig

__all__ = [
    "BrowserMouseMoveConfig",
]
