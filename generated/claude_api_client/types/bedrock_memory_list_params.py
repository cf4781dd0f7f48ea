# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.bedrock_memory_list_params`: the official path of these types."""

from __future__ import annotations

from ._params.bedrock_memory_list_params import BedrockMemoryListParams as BedrockMemoryListParams

__all__ = [
    "BedrockMemoryListParams",
]
