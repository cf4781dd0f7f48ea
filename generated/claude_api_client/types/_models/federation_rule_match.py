# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class FederationRuleMatch(APIModel):
    """Which tokens a rule accepts; every condition given must hold."""

    audience: str | None = None
    """The `aud` the token must carry."""
    claims: dict[str, str] | None = None
    """Claims the token must carry with exactly these values."""
    condition: str | None = None
    """A CEL expression over the token's claims that must be true."""
    subject_prefix: str | None = None
    """How the token's `sub` must begin."""
