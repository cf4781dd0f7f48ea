# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.bedrock.memory_stores.memory_stores` of the official package: its names, lazily."""

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

__all__ = [
    "AsyncBedrockMemoryStores",
    "AsyncBedrockMemoryStoresWithRawResponse",
    "AsyncBedrockMemoryStoresWithStreamingResponse",
    "BedrockMemoryStores",
    "BedrockMemoryStoresWithRawResponse",
    "BedrockMemoryStoresWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
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
