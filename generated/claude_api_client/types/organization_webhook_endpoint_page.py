# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization_webhook_endpoint_page`: the official path of these types."""

from __future__ import annotations

from ._models.organization_webhook_endpoint_page import (
    OrganizationWebhookEndpointPage as OrganizationWebhookEndpointPage,
)

__all__ = [
    "OrganizationWebhookEndpointPage",
]
