# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_computer_double_click_config_param`: the official path of these types."""

from __future__ import annotations

from .._params.computer_double_click_config_param import (
    ComputerDoubleClickConfigParam as BetaComputerDoubleClickConfigParam,
)

__all__ = [
    "BetaComputerDoubleClickConfigParam",
]
