# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class WebhookUserProfileEnforcementActionResolvedEventData(APIModel):
    """Data of a webhook event about an enforcement action on a user profile that was resolved."""

    type: Literal["user_profile.enforcement_action_resolved"]
    """The event type."""
    id: str
    """ID of the user profile the enforcement action is on."""
    organization_id: str
    """ID of the organization the resource belongs to."""
    enforcement_action_id: str
    """ID (`enac_…`) of the enforcement action that was resolved."""
