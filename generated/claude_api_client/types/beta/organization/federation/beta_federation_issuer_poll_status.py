# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.federation.beta_federation_issuer_poll_status`: the official path of these types."""

from __future__ import annotations

from ...._models.federation_issuer_poll_status import (
    FederationIssuerPollStatus as BetaFederationIssuerPollStatus,
)

__all__ = [
    "BetaFederationIssuerPollStatus",
]
