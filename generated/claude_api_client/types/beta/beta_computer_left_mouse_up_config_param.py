# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_computer_left_mouse_up_config_param`: the official path of these types."""

from __future__ import annotations

from .._params.computer_left_mouse_up_config_param import (
    ComputerLeftMouseUpConfigParam as BetaComputerLeftMouseUpConfigParam,
)

__all__ = [
    "BetaComputerLeftMouseUpConfigParam",
]
