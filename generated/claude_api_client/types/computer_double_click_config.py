# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.computer_double_click_config`: the official path of these types."""

from __future__ import annotations

from ._models.computer_double_click_config import (
    ComputerDoubleClickConfig as ComputerDoubleClickConfig,
)

__all__ = [
    "ComputerDoubleClickConfig",
]
