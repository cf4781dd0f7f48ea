# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_computer_scroll_config`: the official path of these types."""

from __future__ import annotations

from .._models.computer_scroll_config import ComputerScrollConfig as BetaComputerScrollConfig

__all__ = [
    "BetaComputerScrollConfig",
]
