# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.computer_right_click_input`: the official path of these types."""

from __future__ import annotations

from ._models.computer_right_click_input import ComputerRightClickInput as ComputerRightClickInput

__all__ = [
    "ComputerRightClickInput",
]
