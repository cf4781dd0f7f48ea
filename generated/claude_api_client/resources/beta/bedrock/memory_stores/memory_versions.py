# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.bedrock.memory_stores.memory_versions` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    "AsyncBedrockMemoryVersions",
    "AsyncBedrockMemoryVersionsWithRawResponse",
    "AsyncBedrockMemoryVersionsWithStreamingResponse",
    "BedrockMemoryVersions",
    "BedrockMemoryVersionsWithRawResponse",
    "BedrockMemoryVersionsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
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
