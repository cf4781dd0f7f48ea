# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_vault_update_params`: the official path of these types."""

from __future__ import annotations

from .._params.vault_update_params import VaultUpdateParams as BetaVaultUpdateParams

__all__ = [
    "BetaVaultUpdateParams",
]
