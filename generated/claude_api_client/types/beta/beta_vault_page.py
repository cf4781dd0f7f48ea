# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_vault_page`: the official path of these types."""

from __future__ import annotations

from .._models.vault_page import VaultPage as BetaVaultPage

__all__ = [
    "BetaVaultPage",
]
