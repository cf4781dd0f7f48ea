# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.computer_hold_key_config_param`: the official path of these types."""

from __future__ import annotations

from ._params.computer_hold_key_config_param import (
    ComputerHoldKeyConfigParam as ComputerHoldKeyConfigParam,
)

__all__ = [
    "ComputerHoldKeyConfigParam",
]
