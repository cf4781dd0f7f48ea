# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.user_remove_response`: the official path of these types."""

from __future__ import annotations

from ._models.user_remove_response import UserRemoveResponse as UserRemoveResponse

__all__ = [
    "UserRemoveResponse",
]
