# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.computer_toolset_configs`: the official path of these types."""

from __future__ import annotations

from ._models.computer_toolset_configs import ComputerToolsetConfigs as ComputerToolsetConfigs

__all__ = [
    "ComputerToolsetConfigs",
]
