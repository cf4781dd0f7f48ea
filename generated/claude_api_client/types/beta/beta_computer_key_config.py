# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_computer_key_config`: the official path of these types."""

from __future__ import annotations

from .._models.computer_key_config import ComputerKeyConfig as BetaComputerKeyConfig

__all__ = [
    "BetaComputerKeyConfig",
]
