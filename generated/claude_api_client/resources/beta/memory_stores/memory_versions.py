# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.memory_stores.memory_versions` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    "AsyncMemoryVersions",
    "AsyncMemoryVersionsWithRawResponse",
    "AsyncMemoryVersionsWithStreamingResponse",
    "MemoryVersions",
    "MemoryVersionsWithRawResponse",
    "MemoryVersionsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
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
