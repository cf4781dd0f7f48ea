# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.bedrock.bedrock` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.bedrock import AsyncBedrock as AsyncBedrock
    from claude_api_client.resources.bedrock import (
        AsyncBedrockWithRawResponse as AsyncBedrockWithRawResponse,
    )
    from claude_api_client.resources.bedrock import (
        AsyncBedrockWithStreamingResponse as AsyncBedrockWithStreamingResponse,
    )
    from claude_api_client.resources.bedrock import Bedrock as Bedrock
    from claude_api_client.resources.bedrock import BedrockWithRawResponse as BedrockWithRawResponse
    from claude_api_client.resources.bedrock import (
        BedrockWithStreamingResponse as BedrockWithStreamingResponse,
    )

__all__ = [
    "AsyncBedrock",
    "AsyncBedrockWithRawResponse",
    "AsyncBedrockWithStreamingResponse",
    "Bedrock",
    "BedrockWithRawResponse",
    "BedrockWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncBedrock": ("claude_api_client.resources.bedrock", "AsyncBedrock"),
    "AsyncBedrockWithRawResponse": (
        "claude_api_client.resources.bedrock",
        "AsyncBedrockWithRawResponse",
    ),
    "AsyncBedrockWithStreamingResponse": (
        "claude_api_client.resources.bedrock",
        "AsyncBedrockWithStreamingResponse",
    ),
    "Bedrock": ("claude_api_client.resources.bedrock", "Bedrock"),
    "BedrockWithRawResponse": ("claude_api_client.resources.bedrock", "BedrockWithRawResponse"),
    "BedrockWithStreamingResponse": (
        "claude_api_client.resources.bedrock",
        "BedrockWithStreamingResponse",
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
