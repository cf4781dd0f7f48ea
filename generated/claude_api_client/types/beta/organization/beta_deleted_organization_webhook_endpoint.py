# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_deleted_organization_webhook_endpoint`: the official path of these types."""

from __future__ import annotations

from ..._models.deleted_organization_webhook_endpoint import (
    DeletedOrganizationWebhookEndpoint as BetaDeletedOrganizationWebhookEndpoint,
)

__all__ = [
    "BetaDeletedOrganizationWebhookEndpoint",
]
