# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.memory_stores.memories` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

__all__ = [
    "AsyncMemories",
    "AsyncMemoriesWithRawResponse",
    "AsyncMemoriesWithStreamingResponse",
    "Memories",
    "MemoriesWithRawResponse",
    "MemoriesWithStreamingResponse",
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
    "Memories": ("claude_api_client.resources.beta_memory_stores_memories", "BetaMemories"),
    "MemoriesWithRawResponse": (
        "claude_api_client.resources.beta_memory_stores_memories",
        "BetaMemoriesWithRawResponse",
    ),
    "MemoriesWithStreamingResponse": (
        "claude_api_client.resources.beta_memory_stores_memories",
        "BetaMemoriesWithStreamingResponse",
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
