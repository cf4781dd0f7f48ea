# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.dream_memory_store_input_param`: the official path of these types."""

from __future__ import annotations

from ._params.dream_memory_store_input_param import (
    DreamMemoryStoreInputParam as DreamMemoryStoreInputParam,
)

__all__ = [
    "DreamMemoryStoreInputParam",
]
