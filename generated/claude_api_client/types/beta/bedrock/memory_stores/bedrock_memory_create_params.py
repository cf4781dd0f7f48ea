# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.memory_stores.bedrock_memory_create_params`: the official path of these types."""

from __future__ import annotations

from ...._params.memory_create_params import MemoryCreateParams as BedrockMemoryCreateParams

__all__ = [
    "BedrockMemoryCreateParams",
]
