# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.computer_wait_input`: the official path of these types."""

from __future__ import annotations

from ._models.computer_wait_input import ComputerWaitInput as ComputerWaitInput

__all__ = [
    "ComputerWaitInput",
]
