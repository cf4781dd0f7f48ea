# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_computer_member_input`: the official path of these types."""

from __future__ import annotations

from .._models.computer_member_input import ComputerMemberInput as BetaComputerMemberInput

__all__ = [
    "BetaComputerMemberInput",
]
