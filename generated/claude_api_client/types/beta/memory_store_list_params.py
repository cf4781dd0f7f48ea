# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.memory_store_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.memory_store_list_params import MemoryStoreListParams as MemoryStoreListParams

__all__ = [
    "MemoryStoreListParams",
]
