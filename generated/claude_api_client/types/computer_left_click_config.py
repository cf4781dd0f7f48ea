# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.computer_left_click_config`: the official path of these types."""

from __future__ import annotations

from ._models.computer_left_click_config import ComputerLeftClickConfig as ComputerLeftClickConfig

__all__ = [
    "ComputerLeftClickConfig",
]
