# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.memory_stores.bedrock_memory_update_params`: the official path of these types."""

from __future__ import annotations

from ...._params.memory_update_params import MemoryUpdateParams as BedrockMemoryUpdateParams

__all__ = [
    "BedrockMemoryUpdateParams",
]
