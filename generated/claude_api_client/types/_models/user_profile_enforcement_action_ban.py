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


class UserProfileEnforcementActionBan(APIModel):
    """Anthropic no longer serves the end user where the ban applies, and does not intend to again."""

    type: Literal["ban"]
    """Always `ban`."""
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
