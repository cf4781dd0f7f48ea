# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.bedrock.memory_stores.memories` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.bedrock_memory_stores_memories import (
        AsyncBedrockMemories as AsyncBedrockMemories,
    )
    from claude_api_client.resources.bedrock_memory_stores_memories import (
        AsyncBedrockMemoriesWithRawResponse as AsyncBedrockMemoriesWithRawResponse,
    )
    from claude_api_client.resources.bedrock_memory_stores_memories import (
        AsyncBedrockMemoriesWithStreamingResponse as AsyncBedrockMemoriesWithStreamingResponse,
    )
    from claude_api_client.resources.bedrock_memory_stores_memories import (
        BedrockMemories as BedrockMemories,
    )
    from claude_api_client.resources.bedrock_memory_stores_memories import (
        BedrockMemoriesWithRawResponse as BedrockMemoriesWithRawResponse,
    )
    from claude_api_client.resources.bedrock_memory_stores_memories import (
        BedrockMemoriesWithStreamingResponse as BedrockMemoriesWithStreamingResponse,
    )

__all__ = [
    "AsyncBedrockMemories",
    "AsyncBedrockMemoriesWithRawResponse",
    "AsyncBedrockMemoriesWithStreamingResponse",
    "BedrockMemories",
    "BedrockMemoriesWithRawResponse",
    "BedrockMemoriesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncBedrockMemories": (
        "claude_api_client.resources.bedrock_memory_stores_memories",
        "AsyncBedrockMemories",
    ),
    "AsyncBedrockMemoriesWithRawResponse": (
        "claude_api_client.resources.bedrock_memory_stores_memories",
        "AsyncBedrockMemoriesWithRawResponse",
    ),
    "AsyncBedrockMemoriesWithStreamingResponse": (
        "claude_api_client.resources.bedrock_memory_stores_memories",
        "AsyncBedrockMemoriesWithStreamingResponse",
    ),
    "BedrockMemories": (
        "claude_api_client.resources.bedrock_memory_stores_memories",
        "BedrockMemories",
    ),
    "BedrockMemoriesWithRawResponse": (
        "claude_api_client.resources.bedrock_memory_stores_memories",
        "BedrockMemoriesWithRawResponse",
    ),
    "BedrockMemoriesWithStreamingResponse": (
        "claude_api_client.resources.bedrock_memory_stores_memories",
        "BedrockMemoriesWithStreamingResponse",
    ),
}


def __getattr__(name: str) -> object:
    """The class an official name of this path stands for (the one the client's namespace is)."""
    try:
        module, attr = _OFFICIAL[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    import importlib

    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value
