# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.vault_update_params`: the official path of these types."""

from __future__ import annotations

from .._params.vault_update_params import VaultUpdateParams as VaultUpdateParams

__all__ = [
    "VaultUpdateParams",
]
