# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_computer_right_click_config`: the official path of these types."""

from __future__ import annotations

from .._models.computer_right_click_config import (
    ComputerRightClickConfig as BetaComputerRightClickConfig,
)

__all__ = [
    "BetaComputerRightClickConfig",
]
