# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_memorie_delete_params`: the official path of these types."""

from __future__ import annotations

from .._params.memorie_delete_params import MemorieDeleteParams as BetaMemorieDeleteParams

__all__ = [
    "BetaMemorieDeleteParams",
]
