# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_deleted_user_profile`: the official path of these types."""

from __future__ import annotations

from .._models.deleted_user_profile import DeletedUserProfile as BetaDeletedUserProfile

__all__ = [
    "BetaDeletedUserProfile",
]
