# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_computer_use_20250124_param`: the official path of these types."""

from __future__ import annotations

from ._params.tool_computer_use20250124_param import (
    ToolComputerUse20250124Param as ToolComputerUse20250124Param,
)

__all__ = [
    "ToolComputerUse20250124Param",
]
