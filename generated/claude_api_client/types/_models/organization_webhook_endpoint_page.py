# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .organization_webhook_endpoint import OrganizationWebhookEndpoint


class OrganizationWebhookEndpointPage(APIModel):
    """One page of webhook endpoints."""

    data: list[OrganizationWebhookEndpoint]
    """The items of this page."""
    has_more: bool
    """Whether more items follow this page."""
    first_id: str | None = None
    """ID of the first item on this page."""
    last_id: str | None = None
    """ID of the last item on this page."""
