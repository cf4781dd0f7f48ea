# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_computer_toolset_20260801_param`: the official path of these types."""

from __future__ import annotations

from .._params.computer_toolset20260801_param import (
    ComputerToolset20260801Param as BetaComputerToolset20260801Param,
)

__all__ = [
    "BetaComputerToolset20260801Param",
]
