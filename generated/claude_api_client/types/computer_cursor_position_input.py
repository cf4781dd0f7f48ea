# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.computer_cursor_position_input`: the official path of these types."""

from __future__ import annotations

from ._models.computer_cursor_position_input import (
    ComputerCursorPositionInput as ComputerCursorPositionInput,
)

__all__ = [
    "ComputerCursorPositionInput",
]
