# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.deleted_user_profile`: the official path of these types."""

from __future__ import annotations

from ._models.deleted_user_profile import DeletedUserProfile as DeletedUserProfile

__all__ = [
    "DeletedUserProfile",
]
