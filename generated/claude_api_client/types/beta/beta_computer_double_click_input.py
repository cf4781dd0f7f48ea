# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_computer_double_click_input`: the official path of these types."""

from __future__ import annotations

from .._models.computer_double_click_input import (
    ComputerDoubleClickInput as BetaComputerDoubleClickInput,
)

__all__ = [
    "BetaComputerDoubleClickInput",
]
