# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .federation_issuer_poll_status import FederationIssuerPollStatus
from .federation_jwks import FederationJWKS


class FederationIssuer(APIModel):
    """An identity provider whose tokens can be exchanged for API access."""

    id: str
    """ID of the issuer."""
    archived_at: WireDateTime | None = None
    """When it was archived (RFC 3339); null while active."""
    archived_by_actor_id: str | None = None
    """Who archived it."""
    check_jti: bool
    """Whether a token's `jti` may be used only once."""
    created_at: WireDateTime
    """When it was created (RFC 3339)."""
    created_by_actor_id: str | None = None
    """Who created it."""
    issuer_url: str
    """The `iss` its tokens carry."""
    jwks: FederationJWKS
    """Where its signing keys come from."""
    jwks_polling_disabled_at: WireDateTime | None = None
    """When fetching its keys was stopped; null while it runs."""
    max_jwt_lifetime_seconds: int
    """The longest token lifetime accepted, in seconds."""
    name: str
    """Its name."""
    poll_status: FederationIssuerPollStatus | None = None
    """How fetching its keys goes."""
    type: Literal["federation_issuer"]
    """Always `federation_issuer`."""
    updated_at: WireDateTime
    """When it last changed (RFC 3339)."""
    updated_by_actor_id: str | None = None
    """Who changed it last."""
