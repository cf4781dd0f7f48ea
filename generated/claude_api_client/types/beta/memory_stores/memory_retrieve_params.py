# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.memory_stores.memory_retrieve_params`: the official path of these types."""

from __future__ import annotations

from ..._params.memory_retrieve_params import MemoryRetrieveParams as MemoryRetrieveParams

__all__ = [
    "MemoryRetrieveParams",
]
