# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_computer_cursor_position_config_param`: the official path of these types."""

from __future__ import annotations

from .._params.computer_cursor_position_config_param import (
    ComputerCursorPositionConfigParam as BetaComputerCursorPositionConfigParam,
)

__all__ = [
    "BetaComputerCursorPositionConfigParam",
]
