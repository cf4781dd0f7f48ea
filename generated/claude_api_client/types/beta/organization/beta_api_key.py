# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_api_key`: the official path of these types."""

from __future__ import annotations

from ..._models.api_key import APIKey as BetaAPIKey
from ..._models.api_key_principal import APIKeyPrincipal as Principal
from ..._models.api_key_scope import APIKeyScope as Scope

__all__ = [
    "BetaAPIKey",
    "Principal",
    "Scope",
]
