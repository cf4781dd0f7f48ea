# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .organization_webhook_endpoint_enabled_events import (
    OrganizationWebhookEndpointEnabledEvents,
)
from .organization_webhook_endpoint_state import OrganizationWebhookEndpointState


class OrganizationWebhookEndpoint(APIModel):
    """A URL the organization's webhook events are delivered to, and which events."""

    description: str
    """Free-text description."""
    id: str
    """Unique identifier."""
    created_at: WireDateTime
    """When it was created (RFC 3339)."""
    disabled_reason: str
    """Why the endpoint was disabled; null while enabled."""
    enabled_events: list[OrganizationWebhookEndpointEnabledEvents]
    """Event types delivered to the endpoint."""
    name: str
    """Its name."""
    state: OrganizationWebhookEndpointState
    """Current state."""
    updated_at: WireDateTime
    """When it last changed (RFC 3339)."""
    url: str
    """URL deliveries are sent to."""
