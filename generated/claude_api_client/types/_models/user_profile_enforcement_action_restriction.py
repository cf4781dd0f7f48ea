# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .user_profile_enforcement_action_next_step import (
    UserProfileEnforcementActionNextStep,
)
from .user_profile_enforcement_action_reason import UserProfileEnforcementActionReason


class UserProfileEnforcementActionRestriction(APIModel):
    """A partial limit: the end user may still be served in part."""

    type: Literal["restriction"]
    """Always `restriction`."""
    id: str
    """ID of the enforcement action."""
    reason: UserProfileEnforcementActionReason
    """Why it was placed."""
    opened_at: WireDateTime
    """When it was placed (RFC 3339)."""
    expires_at: WireDateTime | None = None
    """When it lifts by itself (RFC 3339); null when it has no end date (always for `account_compromise`)."""
    action: UserProfileEnforcementActionNextStep | None = None
    """What the end user can do now to lift it; null when nothing, including while an identity check is under review."""
