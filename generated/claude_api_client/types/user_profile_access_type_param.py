# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.user_profile_access_type_param`: the official path of these types."""

from __future__ import annotations

from ._params.user_profile_access_type_param import (
    UserProfileAccessTypeParam as UserProfileAccessTypeParam,
)

__all__ = [
    "UserProfileAccessTypeParam",
]
