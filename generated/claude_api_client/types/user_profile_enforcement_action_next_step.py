# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.user_profile_enforcement_action_next_step`: the official path of these types."""

from __future__ import annotations

from ._models.user_profile_enforcement_action_next_step import (
    UserProfileEnforcementActionNextStep as UserProfileEnforcementActionNextStep,
)

__all__ = [
    "UserProfileEnforcementActionNextStep",
]
