# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.bedrock.memory_stores` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.bedrock_memory_stores import (
        AsyncBedrockMemoryStores as AsyncBedrockMemoryStores,
    )
    from claude_api_client.resources.bedrock_memory_stores import (
        AsyncBedrockMemoryStoresWithRawResponse as AsyncBedrockMemoryStoresWithRawResponse,
    )
    from claude_api_client.resources.bedrock_memory_stores import (
        AsyncBedrockMemoryStoresWithStreamingResponse as AsyncBedrockMemoryStoresWithStreamingResponse,
    )
    from claude_api_client.resources.bedrock_memory_stores import (
        BedrockMemoryStores as BedrockMemoryStores,
    )
    from claude_api_client.resources.bedrock_memory_stores import (
        BedrockMemoryStoresWithRawResponse as BedrockMemoryStoresWithRawResponse,
    )
    from claude_api_client.resources.bedrock_memory_stores import (
        BedrockMemoryStoresWithStreamingResponse as BedrockMemoryStoresWithStreamingResponse,
    )
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
    from claude_api_client.resources.bedrock_memory_stores_memory_versions import (
        AsyncBedrockMemoryVersions as AsyncBedrockMemoryVersions,
    )
    from claude_api_client.resources.bedrock_memory_stores_memory_versions import (
        AsyncBedrockMemoryVersionsWithRawResponse as AsyncBedrockMemoryVersionsWithRawResponse,
    )
    from claude_api_client.resources.bedrock_memory_stores_memory_versions import (
        AsyncBedrockMemoryVersionsWithStreamingResponse as AsyncBedrockMemoryVersionsWithStreamingResponse,
    )
    from claude_api_client.resources.bedrock_memory_stores_memory_versions import (
        BedrockMemoryVersions as BedrockMemoryVersions,
    )
    from claude_api_client.resources.bedrock_memory_stores_memory_versions import (
        BedrockMemoryVersionsWithRawResponse as BedrockMemoryVersionsWithRawResponse,
    )
    from claude_api_client.resources.bedrock_memory_stores_memory_versions import (
        BedrockMemoryVersionsWithStreamingResponse as BedrockMemoryVersionsWithStreamingResponse,
    )

__all__ = [
    "AsyncBedrockMemories",
    "AsyncBedrockMemoriesWithRawResponse",
    "AsyncBedrockMemoriesWithStreamingResponse",
    "AsyncBedrockMemoryStores",
    "AsyncBedrockMemoryStoresWithRawResponse",
    "AsyncBedrockMemoryStoresWithStreamingResponse",
    "AsyncBedrockMemoryVersions",
    "AsyncBedrockMemoryVersionsWithRawResponse",
    "AsyncBedrockMemoryVersionsWithStreamingResponse",
    "BedrockMemories",
    "BedrockMemoriesWithRawResponse",
    "BedrockMemoriesWithStreamingResponse",
    "BedrockMemoryStores",
    "BedrockMemoryStoresWithRawResponse",
    "BedrockMemoryStoresWithStreamingResponse",
    "BedrockMemoryVersions",
    "BedrockMemoryVersionsWithRawResponse",
    "BedrockMemoryVersionsWithStreamingResponse",
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
    "AsyncBedrockMemoryStores": (
        "claude_api_client.resources.bedrock_memory_stores",
        "AsyncBedrockMemoryStores",
    ),
    "AsyncBedrockMemoryStoresWithRawResponse": (
        "claude_api_client.resources.bedrock_memory_stores",
        "AsyncBedrockMemoryStoresWithRawResponse",
    ),
    "AsyncBedrockMemoryStoresWithStreamingResponse": (
        "claude_api_client.resources.bedrock_memory_stores",
        "AsyncBedrockMemoryStoresWithStreamingResponse",
    ),
    "AsyncBedrockMemoryVersions": (
        "claude_api_client.resources.bedrock_memory_stores_memory_versions",
        "AsyncBedrockMemoryVersions",
    ),
    "AsyncBedrockMemoryVersionsWithRawResponse": (
        "claude_api_client.resources.bedrock_memory_stores_memory_versions",
        "AsyncBedrockMemoryVersionsWithRawResponse",
    ),
    "AsyncBedrockMemoryVersionsWithStreamingResponse": (
        "claude_api_client.resources.bedrock_memory_stores_memory_versions",
        "AsyncBedrockMemoryVersionsWithStreamingResponse",
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
    "BedrockMemoryStores": (
        "claude_api_client.resources.bedrock_memory_stores",
        "BedrockMemoryStores",
    ),
    "BedrockMemoryStoresWithRawResponse": (
        "claude_api_client.resources.bedrock_memory_stores",
        "BedrockMemoryStoresWithRawResponse",
    ),
    "BedrockMemoryStoresWithStreamingResponse": (
        "claude_api_client.resources.bedrock_memory_stores",
        "BedrockMemoryStoresWithStreamingResponse",
    ),
    "BedrockMemoryVersions": (
        "claude_api_client.resources.bedrock_memory_stores_memory_versions",
        "BedrockMemoryVersions",
    ),
    "BedrockMemoryVersionsWithRawResponse": (
        "claude_api_client.resources.bedrock_memory_stores_memory_versions",
        "BedrockMemoryVersionsWithRawResponse",
    ),
    "BedrockMemoryVersionsWithStreamingResponse": (
        "claude_api_client.resources.bedrock_memory_stores_memory_versions",
        "BedrockMemoryVersionsWithStreamingResponse",
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
