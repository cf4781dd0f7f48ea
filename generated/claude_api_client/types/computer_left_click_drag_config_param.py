# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.computer_left_click_drag_config_param`: the official path of these types."""

from __future__ import annotations

from ._params.computer_left_click_drag_config_param import (
    ComputerLeftClickDragConfigParam as ComputerLeftClickDragConfigParam,
)

__all__ = [
    "ComputerLeftClickDragConfigParam",
]
