# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_computer_use_20250124`: the official path of these types."""

from __future__ import annotations

from .._models.tool_computer_use20250124 import (
    ToolComputerUse20250124 as BetaToolComputerUse20250124,
)

__all__ = [
    "BetaToolComputerUse20250124",
]
