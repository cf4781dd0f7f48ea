# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.computer_triple_click_input`: the official path of these types."""

from __future__ import annotations

from ._models.computer_triple_click_input import (
    ComputerTripleClickInput as ComputerTripleClickInput,
)

__all__ = [
    "ComputerTripleClickInput",
]
