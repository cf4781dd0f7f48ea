# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.invite_delete_response`: the official path of these types."""

from __future__ import annotations

from ._models.invite_delete_response import InviteDeleteResponse as InviteDeleteResponse

__all__ = [
    "InviteDeleteResponse",
]
