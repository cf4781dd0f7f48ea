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
    """Organization Webhook Endpoint."""

    description: str
    """Free-text description."""
    id: str
    """Unique identifier."""
    created_at: WireDateTime
    """When it was created (RFC 3339)."""
    disabled_reason: str
    """Disabled reason."""
    enabled_events: list[OrganizationWebhookEndpointEnabledEvents]
    """Enabled events."""
    name: str
    """Name."""
    state: OrganizationWebhookEndpointState
    """Current state."""
    updated_at: WireDateTime
    """When it last changed (RFC 3339)."""
    url: str
    """URL deliveries are sent to."""
