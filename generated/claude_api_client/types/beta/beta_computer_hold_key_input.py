# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_computer_hold_key_input`: the official path of these types."""

from __future__ import annotations

from .._models.computer_hold_key_input import ComputerHoldKeyInput as BetaComputerHoldKeyInput

__all__ = [
    "BetaComputerHoldKeyInput",
]
