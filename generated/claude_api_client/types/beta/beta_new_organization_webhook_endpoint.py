# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_new_organization_webhook_endpoint`: the official path of these types."""

from __future__ import annotations

from .._models.new_organization_webhook_endpoint import (
    NewOrganizationWebhookEndpoint as BetaNewOrganizationWebhookEndpoint,
)

__all__ = [
    "BetaNewOrganizationWebhookEndpoint",
]
