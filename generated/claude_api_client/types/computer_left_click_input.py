# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.computer_left_click_input`: the official path of these types."""

from __future__ import annotations

from ._models.computer_left_click_input import ComputerLeftClickInput as ComputerLeftClickInput

__all__ = [
    "ComputerLeftClickInput",
]
