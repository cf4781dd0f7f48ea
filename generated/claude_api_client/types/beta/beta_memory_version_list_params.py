# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_memory_version_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.memory_version_list_params import (
    MemoryVersionListParams as BetaMemoryVersionListParams,
)

__all__ = [
    "BetaMemoryVersionListParams",
]
