# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.api_key_principal`: the official path of these types."""

from __future__ import annotations

from ._models.api_key_principal import APIKeyPrincipal as APIKeyPrincipal

__all__ = [
    "APIKeyPrincipal",
]
