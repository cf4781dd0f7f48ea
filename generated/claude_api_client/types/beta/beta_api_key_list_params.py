# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_api_key_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.beta_api_key_list_params import BetaApiKeyListParams as BetaApiKeyListParams

__all__ = [
    "BetaApiKeyListParams",
]
