# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.user_profile_efs_program`: the official path of these types."""

from __future__ import annotations

from ._models.user_profile_efs_program import UserProfileEfsProgram as UserProfileEfsProgram

__all__ = [
    "UserProfileEfsProgram",
]
