# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.memory_stores.memory_version_retrieve_params`: the official path of these types."""

from __future__ import annotations

from ..._params.memory_version_retrieve_params import (
    MemoryVersionRetrieveParams as MemoryVersionRetrieveParams,
)

__all__ = [
    "MemoryVersionRetrieveParams",
]
