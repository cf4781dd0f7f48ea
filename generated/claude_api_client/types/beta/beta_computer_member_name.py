# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_computer_member_name`: the official path of these types."""

from __future__ import annotations

from .._models.computer_member_name import (
    COMPUTER_MEMBER_NAME_VALUES as BETA_COMPUTER_MEMBER_NAME_VALUES,
)
from .._models.computer_member_name import ComputerMemberName as BetaComputerMemberName

__all__ = [
    "BETA_COMPUTER_MEMBER_NAME_VALUES",
    "BetaComputerMemberName",
]
