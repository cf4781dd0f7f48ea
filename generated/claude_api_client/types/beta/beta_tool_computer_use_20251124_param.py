# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_computer_use_20251124_param`: the official path of these types."""

from __future__ import annotations

from .._params.tool_computer_use20251124_param import (
    ToolComputerUse20251124Param as BetaToolComputerUse20251124Param,
)

__all__ = [
    "BetaToolComputerUse20251124Param",
]
