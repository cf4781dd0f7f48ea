# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.bedrock.agents.versions` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.bedrock_agents_versions import (
        AsyncBedrockVersions as AsyncBedrockVersions,
    )
    from claude_api_client.resources.bedrock_agents_versions import (
        AsyncBedrockVersionsWithRawResponse as AsyncBedrockVersionsWithRawResponse,
    )
    from claude_api_client.resources.bedrock_agents_versions import (
        AsyncBedrockVersionsWithStreamingResponse as AsyncBedrockVersionsWithStreamingResponse,
    )
    from claude_api_client.resources.bedrock_agents_versions import (
        BedrockVersions as BedrockVersions,
    )
    from claude_api_client.resources.bedrock_agents_versions import (
        BedrockVersionsWithRawResponse as BedrockVersionsWithRawResponse,
    )
    from claude_api_client.resources.bedrock_agents_versions import (
        BedrockVersionsWithStreamingResponse as BedrockVersionsWithStreamingResponse,
    )

__all__ = [
    "AsyncBedrockVersions",
    "AsyncBedrockVersionsWithRawResponse",
    "AsyncBedrockVersionsWithStreamingResponse",
    "BedrockVersions",
    "BedrockVersionsWithRawResponse",
    "BedrockVersionsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncBedrockVersions": (
        "claude_api_client.resources.bedrock_agents_versions",
        "AsyncBedrockVersions",
    ),
    "AsyncBedrockVersionsWithRawResponse": (
        "claude_api_client.resources.bedrock_agents_versions",
        "AsyncBedrockVersionsWithRawResponse",
    ),
    "AsyncBedrockVersionsWithStreamingResponse": (
        "claude_api_client.resources.bedrock_agents_versions",
        "AsyncBedrockVersionsWithStreamingResponse",
    ),
    "BedrockVersions": ("claude_api_client.resources.bedrock_agents_versions", "BedrockVersions"),
    "BedrockVersionsWithRawResponse": (
        "claude_api_client.resources.bedrock_agents_versions",
        "BedrockVersionsWithRawResponse",
    ),
    "BedrockVersionsWithStreamingResponse": (
        "claude_api_client.resources.bedrock_agents_versions",
        "BedrockVersionsWithStreamingResponse",
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
