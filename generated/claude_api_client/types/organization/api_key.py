# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.api_key`: the official path of these types."""

from __future__ import annotations

from .._models.api_key import APIKey as APIKey
from .._models.api_key_principal import APIKeyPrincipal as Principal
from .._models.api_key_scope import APIKeyScope as Scope

__all__ = [
    "APIKey",
    "Principal",
    "Scope",
]
