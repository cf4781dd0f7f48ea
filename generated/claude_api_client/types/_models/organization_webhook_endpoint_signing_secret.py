# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class OrganizationWebhookEndpointSigningSecret(APIModel):
    """A webhook endpoint's new signing secret (shown only this once)."""

    signing_secret: str
    """Secret that signs deliveries; shown only when created or regenerated."""
