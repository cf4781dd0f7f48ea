# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.bedrock.agents.agents` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.bedrock_agents import AsyncBedrockAgents as AsyncBedrockAgents
    from claude_api_client.resources.bedrock_agents import (
        AsyncBedrockAgentsWithRawResponse as AsyncBedrockAgentsWithRawResponse,
    )
    from claude_api_client.resources.bedrock_agents import (
        AsyncBedrockAgentsWithStreamingResponse as AsyncBedrockAgentsWithStreamingResponse,
    )
    from claude_api_client.resources.bedrock_agents import BedrockAgents as BedrockAgents
    from claude_api_client.resources.bedrock_agents import (
        BedrockAgentsWithRawResponse as BedrockAgentsWithRawResponse,
    )
    from claude_api_client.resources.bedrock_agents import (
        BedrockAgentsWithStreamingResponse as BedrockAgentsWithStreamingResponse,
    )

__all__ = [
    "AsyncBedrockAgents",
    "AsyncBedrockAgentsWithRawResponse",
    "AsyncBedrockAgentsWithStreamingResponse",
    "BedrockAgents",
    "BedrockAgentsWithRawResponse",
    "BedrockAgentsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncBedrockAgents": ("claude_api_client.resources.bedrock_agents", "AsyncBedrockAgents"),
    "AsyncBedrockAgentsWithRawResponse": (
        "claude_api_client.resources.bedrock_agents",
        "AsyncBedrockAgentsWithRawResponse",
    ),
    "AsyncBedrockAgentsWithStreamingResponse": (
        "claude_api_client.resources.bedrock_agents",
        "AsyncBedrockAgentsWithStreamingResponse",
    ),
    "BedrockAgents": ("claude_api_client.resources.bedrock_agents", "BedrockAgents"),
    "BedrockAgentsWithRawResponse": (
        "claude_api_client.resources.bedrock_agents",
        "BedrockAgentsWithRawResponse",
    ),
    "BedrockAgentsWithStreamingResponse": (
        "claude_api_client.resources.bedrock_agents",
        "BedrockAgentsWithStreamingResponse",
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
