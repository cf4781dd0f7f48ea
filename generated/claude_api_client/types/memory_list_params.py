# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.memory_list_params`: the official path of these types."""

from __future__ import annotations

from ._params.memory_list_params import MemoryListParams as MemoryListParams

__all__ = [
    "MemoryListParams",
]
