# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_memorie_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.memorie_list_params import MemorieListParams as BetaMemorieListParams

__all__ = [
    "BetaMemorieListParams",
]
