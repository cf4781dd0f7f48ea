# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.computer_mouse_move_config_param`: the official path of these types."""

from __future__ import annotations

from ._params.computer_mouse_move_config_param import (
    ComputerMouseMoveConfigParam as ComputerMouseMoveConfigParam,
)

__all__ = [
    "ComputerMouseMoveConfigParam",
]
