# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.api_key_list_params`: the official path of these types."""

from __future__ import annotations

from ._params.api_key_list_params import ApiKeyListParams as ApiKeyListParams

__all__ = [
    "ApiKeyListParams",
]
