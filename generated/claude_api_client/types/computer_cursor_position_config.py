# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.computer_cursor_position_config`: the official path of these types."""

from __future__ import annotations

from ._models.computer_cursor_position_config import (
    ComputerCursorPositionConfig as ComputerCursorPositionConfig,
)

__all__ = [
    "ComputerCursorPositionConfig",
]
