# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_memorie_retrieve_params`: the official path of these types."""

from __future__ import annotations

from .._params.memorie_retrieve_params import MemorieRetrieveParams as BetaMemorieRetrieveParams

__all__ = [
    "BetaMemorieRetrieveParams",
]
