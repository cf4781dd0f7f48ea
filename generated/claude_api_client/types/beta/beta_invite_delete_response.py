# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_invite_delete_response`: the official path of these types."""

from __future__ import annotations

from .._models.invite_delete_response import InviteDeleteResponse as BetaInviteDeleteResponse

__all__ = [
    "BetaInviteDeleteResponse",
]
