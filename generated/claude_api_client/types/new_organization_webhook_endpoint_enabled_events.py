# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.new_organization_webhook_endpoint_enabled_events`: the official path of these types."""

from __future__ import annotations

from ._models.new_organization_webhook_endpoint_enabled_events import (
    NewOrganizationWebhookEndpointEnabledEvents as NewOrganizationWebhookEndpointEnabledEvents,
)

__all__ = [
    "NewOrganizationWebhookEndpointEnabledEvents",
]
