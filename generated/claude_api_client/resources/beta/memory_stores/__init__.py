# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.memory_stores` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_memory_stores import (
        AsyncBetaMemoryStores as AsyncMemoryStores,
    )
    from claude_api_client.resources.beta_memory_stores import (
        AsyncBetaMemoryStoresWithRawResponse as AsyncMemoryStoresWithRawResponse,
    )
    from claude_api_client.resources.beta_memory_stores import (
        AsyncBetaMemoryStoresWithStreamingResponse as AsyncMemoryStoresWithStreamingResponse,
    )
    from claude_api_client.resources.beta_memory_stores import BetaMemoryStores as MemoryStores
    from claude_api_client.resources.beta_memory_stores import (
        BetaMemoryStoresWithRawResponse as MemoryStoresWithRawResponse,
    )
    from claude_api_client.resources.beta_memory_stores import (
        BetaMemoryStoresWithStreamingResponse as MemoryStoresWithStreamingResponse,
    )
    from claude_api_client.resources.beta_memory_stores_memories import (
        AsyncBetaMemories as AsyncMemories,
    )
    from claude_api_client.resources.beta_memory_stores_memories import (
        AsyncBetaMemoriesWithRawResponse as AsyncMemoriesWithRawResponse,
    )
    from claude_api_client.resources.beta_memory_stores_memories import (
        AsyncBetaMemoriesWithStreamingResponse as AsyncMemoriesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_memory_stores_memories import BetaMemories as Memories
    from claude_api_client.resources.beta_memory_stores_memories import (
        BetaMemoriesWithRawResponse as MemoriesWithRawResponse,
    )
    from claude_api_client.resources.beta_memory_stores_memories import (
        BetaMemoriesWithStreamingResponse as MemoriesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_memory_stores_memory_versions import (
        AsyncBetaMemoryVersions as AsyncMemoryVersions,
    )
    from claude_api_client.resources.beta_memory_stores_memory_versions import (
        AsyncBetaMemoryVersionsWithRawResponse as AsyncMemoryVersionsWithRawResponse,
    )
    from claude_api_client.resources.beta_memory_stores_memory_versions import (
        AsyncBetaMemoryVersionsWithStreamingResponse as AsyncMemoryVersionsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_memory_stores_memory_versions import (
        BetaMemoryVersions as MemoryVersions,
    )
    from claude_api_client.resources.beta_memory_stores_memory_versions import (
        BetaMemoryVersionsWithRawResponse as MemoryVersionsWithRawResponse,
    )
    from claude_api_client.resources.beta_memory_stores_memory_versions import (
        BetaMemoryVersionsWithStreamingResponse as MemoryVersionsWithStreamingResponse,
    )

__all__ = [
    "AsyncMemories",
    "AsyncMemoriesWithRawResponse",
    "AsyncMemoriesWithStreamingResponse",
    "AsyncMemoryStores",
    "AsyncMemoryStoresWithRawResponse",
    "AsyncMemoryStoresWithStreamingResponse",
    "AsyncMemoryVersions",
    "AsyncMemoryVersionsWithRawResponse",
    "AsyncMemoryVersionsWithStreamingResponse",
    "Memories",
    "MemoriesWithRawResponse",
    "MemoriesWithStreamingResponse",
    "MemoryStores",
    "MemoryStoresWithRawResponse",
    "MemoryStoresWithStreamingResponse",
    "MemoryVersions",
    "MemoryVersionsWithRawResponse",
    "MemoryVersionsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncMemories": (
        "claude_api_client.resources.beta_memory_stores_memories",
        "AsyncBetaMemories",
    ),
    "AsyncMemoriesWithRawResponse": (
        "claude_api_client.resources.beta_memory_stores_memories",
        "AsyncBetaMemoriesWithRawResponse",
    ),
    "AsyncMemoriesWithStreamingResponse": (
        "claude_api_client.resources.beta_memory_stores_memories",
        "AsyncBetaMemoriesWithStreamingResponse",
    ),
    "AsyncMemoryStores": (
        "claude_api_client.resources.beta_memory_stores",
        "AsyncBetaMemoryStores",
    ),
    "AsyncMemoryStoresWithRawResponse": (
        "claude_api_client.resources.beta_memory_stores",
        "AsyncBetaMemoryStoresWithRawResponse",
    ),
    "AsyncMemoryStoresWithStreamingResponse": (
        "claude_api_client.resources.beta_memory_stores",
        "AsyncBetaMemoryStoresWithStreamingResponse",
    ),
    "AsyncMemoryVersions": (
        "claude_api_client.resources.beta_memory_stores_memory_versions",
        "AsyncBetaMemoryVersions",
    ),
    "AsyncMemoryVersionsWithRawResponse": (
        "claude_api_client.resources.beta_memory_stores_memory_versions",
        "AsyncBetaMemoryVersionsWithRawResponse",
    ),
    "AsyncMemoryVersionsWithStreamingResponse": (
        "claude_api_client.resources.beta_memory_stores_memory_versions",
        "AsyncBetaMemoryVersionsWithStreamingResponse",
    ),
    "Memories": ("claude_api_client.resources.beta_memory_stores_memories", "BetaMemories"),
    "MemoriesWithRawResponse": (
        "claude_api_client.resources.beta_memory_stores_memories",
        "BetaMemoriesWithRawResponse",
    ),
    "MemoriesWithStreamingResponse": (
        "claude_api_client.resources.beta_memory_stores_memories",
        "BetaMemoriesWithStreamingResponse",
    ),
    "MemoryStores": ("claude_api_client.resources.beta_memory_stores", "BetaMemoryStores"),
    "MemoryStoresWithRawResponse": (
        "claude_api_client.resources.beta_memory_stores",
        "BetaMemoryStoresWithRawResponse",
    ),
    "MemoryStoresWithStreamingResponse": (
        "claude_api_client.resources.beta_memory_stores",
        "BetaMemoryStoresWithStreamingResponse",
    ),
    "MemoryVersions": (
        "claude_api_client.resources.beta_memory_stores_memory_versions",
        "BetaMemoryVersions",
    ),
    "MemoryVersionsWithRawResponse": (
        "claude_api_client.resources.beta_memory_stores_memory_versions",
        "BetaMemoryVersionsWithRawResponse",
    ),
    "MemoryVersionsWithStreamingResponse": (
        "claude_api_client.resources.beta_memory_stores_memory_versions",
        "BetaMemoryVersionsWithStreamingResponse",
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
