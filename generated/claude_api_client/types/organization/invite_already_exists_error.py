# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.invite_already_exists_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import InviteAlreadyExistsError as InviteAlreadyExistsError

__all__ = [
    "InviteAlreadyExistsError",
]
