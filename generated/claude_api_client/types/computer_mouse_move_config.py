# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.computer_mouse_move_config`: the official path of these types."""

from __future__ import annotations

from ._models.computer_mouse_move_config import ComputerMouseMoveConfig as ComputerMouseMoveConfig

__all__ = [
    "ComputerMouseMoveConfig",
]
