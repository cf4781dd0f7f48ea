# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.federation.federation_issuer_poll_status`: the official path of these types."""

from __future__ import annotations

from ..._models.federation_issuer_poll_status import (
    FederationIssuerPollStatus as FederationIssuerPollStatus,
)

__all__ = [
    "FederationIssuerPollStatus",
]
