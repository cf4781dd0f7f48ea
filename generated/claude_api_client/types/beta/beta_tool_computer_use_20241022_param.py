# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_computer_use_20241022_param`: the official path of these types."""

from __future__ import annotations

from .._params.tool_computer_use20241022_param import (
    ToolComputerUse20241022Param as BetaToolComputerUse20241022Param,
)

__all__ = [
    "BetaToolComputerUse20241022Param",
]
