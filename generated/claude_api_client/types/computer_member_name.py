# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.computer_member_name`: the official path of these types."""

from __future__ import annotations

from ._models.computer_member_name import COMPUTER_MEMBER_NAME_VALUES as COMPUTER_MEMBER_NAME_VALUES
from ._models.computer_member_name import ComputerMemberName as ComputerMemberName

__all__ = [
    "COMPUTER_MEMBER_NAME_VALUES",
    "ComputerMemberName",
]
