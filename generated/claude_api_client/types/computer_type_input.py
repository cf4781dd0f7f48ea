# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.computer_type_input`: the official path of these types."""

from __future__ import annotations

from ._models.computer_type_input import ComputerTypeInput as ComputerTypeInput

__all__ = [
    "ComputerTypeInput",
]
