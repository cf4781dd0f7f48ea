# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_computer_use_20251124`: the official path of these types."""

from __future__ import annotations

from ._models.tool_computer_use20251124 import ToolComputerUse20251124 as ToolComputerUse20251124

__all__ = [
    "ToolComputerUse20251124",
]
