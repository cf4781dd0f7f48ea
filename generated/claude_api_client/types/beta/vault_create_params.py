# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.vault_create_params`: the official path of these types."""

from __future__ import annotations

from .._params.vault_create_params import VaultCreateParams as VaultCreateParams

__all__ = [
    "VaultCreateParams",
]
