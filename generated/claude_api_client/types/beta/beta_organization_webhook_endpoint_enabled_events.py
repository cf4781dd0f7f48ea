# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_organization_webhook_endpoint_enabled_events`: the official path of these types."""

from __future__ import annotations

from .._models.organization_webhook_endpoint_enabled_events import (
    OrganizationWebhookEndpointEnabledEvents as BetaOrganizationWebhookEndpointEnabledEvents,
)

__all__ = [
    "BetaOrganizationWebhookEndpointEnabledEvents",
]
