# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.computer_toolset_20260801`: the official path of these types."""

from __future__ import annotations

from ._models.computer_toolset20260801 import ComputerToolset20260801 as ComputerToolset20260801

__all__ = [
    "ComputerToolset20260801",
]
