# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_computer_use_20241022`: the official path of these types."""

from __future__ import annotations

from ._models.tool_computer_use20241022 import ToolComputerUse20241022 as ToolComputerUse20241022

__all__ = [
    "ToolComputerUse20241022",
]
