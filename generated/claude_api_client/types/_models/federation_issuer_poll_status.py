# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class FederationIssuerPollStatus(APIModel):
    """How fetching an issuer's signing keys goes."""

    consecutive_failures: int
    """Failed fetches in a row."""
    last_fetched_at: WireDateTime | None = None
    """The last successful fetch (RFC 3339)."""
    next_poll_at: WireDateTime | None = None
    """The next planned fetch (RFC 3339)."""
