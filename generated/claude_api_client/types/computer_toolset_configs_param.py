# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.computer_toolset_configs_param`: the official path of these types."""

from __future__ import annotations

from ._params.computer_toolset_configs_param import (
    ComputerToolsetConfigsParam as ComputerToolsetConfigsParam,
)

__all__ = [
    "ComputerToolsetConfigsParam",
]
