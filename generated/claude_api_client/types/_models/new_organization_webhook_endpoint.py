# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .new_organization_webhook_endpoint_enabled_events import (
    NewOrganizationWebhookEndpointEnabledEvents,
)
from .organization_webhook_endpoint_state import OrganizationWebhookEndpointState


class NewOrganizationWebhookEndpoint(APIModel):
    """A webhook endpoint just created, with its signing secret (shown only this once)."""

    description: str
    """Free-text description."""
    id: str
    """Unique identifier."""
    created_at: WireDateTime
    """When it was created (RFC 3339)."""
    disabled_reason: str
    """Why the endpoint was disabled; null while enabled."""
    enabled_events: list[NewOrganizationWebhookEndpointEnabledEvents]
    """Event types delivered to the endpoint."""
    name: str
    """Its name."""
    signing_secret: str
    """Secret that signs deliveries; shown only when created or regenerated."""
    state: OrganizationWebhookEndpointState
    """Current state."""
    updated_at: WireDateTime
    """When it last changed (RFC 3339)."""
    url: str
    """URL deliveries are sent to."""
