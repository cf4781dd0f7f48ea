# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_memory_retrieve_params`: the official path of these types."""

from __future__ import annotations

from .._params.memory_retrieve_params import MemoryRetrieveParams as BetaMemoryRetrieveParams

__all__ = [
    "BetaMemoryRetrieveParams",
]
