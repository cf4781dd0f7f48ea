# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_computer_scroll_input`: the official path of these types."""

from __future__ import annotations

from .._models.computer_scroll_input import ComputerScrollInput as BetaComputerScrollInput

__all__ = [
    "BetaComputerScrollInput",
]
