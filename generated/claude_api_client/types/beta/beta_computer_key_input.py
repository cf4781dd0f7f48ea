# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_computer_key_input`: the official path of these types."""

from __future__ import annotations

from .._models.computer_key_input import ComputerKeyInput as BetaComputerKeyInput

__all__ = [
    "BetaComputerKeyInput",
]
