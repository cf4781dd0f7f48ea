# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.memory_stores.memory_stores` of the official package: its names, lazily."""

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

__all__ = [
    "AsyncMemoryStores",
    "AsyncMemoryStoresWithRawResponse",
    "AsyncMemoryStoresWithStreamingResponse",
    "MemoryStores",
    "MemoryStoresWithRawResponse",
    "MemoryStoresWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
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
    "MemoryStores": ("claude_api_client.resources.beta_memory_stores", "BetaMemoryStores"),
    "MemoryStoresWithRawResponse": (
        "claude_api_client.resources.beta_memory_stores",
        "BetaMemoryStoresWithRawResponse",
    ),
    "MemoryStoresWithStreamingResponse": (
        "claude_api_client.resources.beta_memory_stores",
        "BetaMemoryStoresWithStreamingResponse",
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
