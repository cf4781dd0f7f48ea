# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_organization_webhook_endpoint`: the official path of these types."""

from __future__ import annotations

from .._models.organization_webhook_endpoint import (
    OrganizationWebhookEndpoint as BetaOrganizationWebhookEndpoint,
)

__all__ = [
    "BetaOrganizationWebhookEndpoint",
]
