# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .user_profile_cyber_requirements import UserProfileCyberRequirements
from .user_profile_cyber_tier import UserProfileCyberTier
from .user_profile_program_status import UserProfileProgramStatus


class UserProfileCyberProgram(APIModel):
    """A profile's standing in the Cyber Verification Program, which relaxes cyber safeguards on requests that name the profile."""

    status: UserProfileProgramStatus
    """`active` when a tier (or earlier-model access) applies; otherwise whether a review is awaited or was declined."""
    tiers: dict[str, UserProfileCyberTier]
    """Each tier (`a`, `b`, `c`; more may come) and whether it applies; `{}` when the response does not report tiers, as in listings."""
    requirements: UserProfileCyberRequirements | None = None
    """What a request must allow to get the relaxed safeguards; null when no tier is active or tiers are not reported."""
