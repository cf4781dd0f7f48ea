# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.computer_toolset_20260801_param`: the official path of these types."""

from __future__ import annotations

from ._params.computer_toolset20260801_param import (
    ComputerToolset20260801Param as ComputerToolset20260801Param,
)

__all__ = [
    "ComputerToolset20260801Param",
]
