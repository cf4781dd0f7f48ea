# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.vault_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.vault_list_params import VaultListParams as VaultListParams

__all__ = [
    "VaultListParams",
]
