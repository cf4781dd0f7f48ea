# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.vaults.credential_list_params`: the official path of these types."""

from __future__ import annotations

from ..._params.credential_list_params import CredentialListParams as CredentialListParams

__all__ = [
    "CredentialListParams",
]
