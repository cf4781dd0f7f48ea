# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.computer_type_config`: the official path of these types."""

from __future__ import annotations

from ._models.computer_type_config import ComputerTypeConfig as ComputerTypeConfig

__all__ = [
    "ComputerTypeConfig",
]
