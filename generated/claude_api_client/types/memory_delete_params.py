# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.memory_delete_params`: the official path of these types."""

from __future__ import annotations

from ._params.memory_delete_params import MemoryDeleteParams as MemoryDeleteParams

__all__ = [
    "MemoryDeleteParams",
]
