# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.bedrock_memory_store_update_params`: the official path of these types."""

from __future__ import annotations

from ..._params.memory_store_update_params import (
    MemoryStoreUpdateParams as BedrockMemoryStoreUpdateParams,
)

__all__ = [
    "BedrockMemoryStoreUpdateParams",
]
