# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .user_profile_cyber_program import UserProfileCyberProgram
from .user_profile_efs_program import UserProfileEfsProgram


class UserProfilePrograms(APIModel):
    """A profile's standing in each Anthropic program; a program reads null when the profile has none in it, the caller may not read programs, or the response leaves it out (only retrieving a profile reports them all)."""

    cyber: UserProfileCyberProgram | None = None
    """Standing in the Cyber Verification Program; listings and updates may under-report it."""
    efs: UserProfileEfsProgram | None = None
    """Standing in Enterprise Frontier Safeguards; always null in listings."""
