# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.bedrock` of the official package: its names, lazily."""

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
    from claude_api_client.resources.bedrock_sessions import (
        AsyncBedrockSessions as AsyncBedrockSessions,
    )
    from claude_api_client.resources.bedrock_sessions import (
        AsyncBedrockSessionsWithRawResponse as AsyncBedrockSessionsWithRawResponse,
    )
    from claude_api_client.resources.bedrock_sessions import (
        AsyncBedrockSessionsWithStreamingResponse as AsyncBedrockSessionsWithStreamingResponse,
    )
    from claude_api_client.resources.bedrock_sessions import BedrockSessions as BedrockSessions
    from claude_api_client.resources.bedrock_sessions import (
        BedrockSessionsWithRawResponse as BedrockSessionsWithRawResponse,
    )
    from claude_api_client.resources.bedrock_sessions import (
        BedrockSessionsWithStreamingResponse as BedrockSessionsWithStreamingResponse,
    )

__all__ = [
    "AsyncBedrock",
    "AsyncBedrockAgents",
    "AsyncBedrockAgentsWithRawResponse",
    "AsyncBedrockAgentsWithStreamingResponse",
    "AsyncBedrockMemoryStores",
    "AsyncBedrockMemoryStoresWithRawResponse",
    "AsyncBedrockMemoryStoresWithStreamingResponse",
    "AsyncBedrockSessions",
    "AsyncBedrockSessionsWithRawResponse",
    "AsyncBedrockSessionsWithStreamingResponse",
    "AsyncBedrockWithRawResponse",
    "AsyncBedrockWithStreamingResponse",
    "Bedrock",
    "BedrockAgents",
    "BedrockAgentsWithRawResponse",
    "BedrockAgentsWithStreamingResponse",
    "BedrockMemoryStores",
    "BedrockMemoryStoresWithRawResponse",
    "BedrockMemoryStoresWithStreamingResponse",
    "BedrockSessions",
    "BedrockSessionsWithRawResponse",
    "BedrockSessionsWithStreamingResponse",
    "BedrockWithRawResponse",
    "BedrockWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncBedrock": ("claude_api_client.resources.bedrock", "AsyncBedrock"),
    "AsyncBedrockAgents": ("claude_api_client.resources.bedrock_agents", "AsyncBedrockAgents"),
    "AsyncBedrockAgentsWithRawResponse": (
        "claude_api_client.resources.bedrock_agents",
        "AsyncBedrockAgentsWithRawResponse",
    ),
    "AsyncBedrockAgentsWithStreamingResponse": (
        "claude_api_client.resources.bedrock_agents",
        "AsyncBedrockAgentsWithStreamingResponse",
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
    "AsyncBedrockSessions": (
        "claude_api_client.resources.bedrock_sessions",
        "AsyncBedrockSessions",
    ),
    "AsyncBedrockSessionsWithRawResponse": (
        "claude_api_client.resources.bedrock_sessions",
        "AsyncBedrockSessionsWithRawResponse",
    ),
    "AsyncBedrockSessionsWithStreamingResponse": (
        "claude_api_client.resources.bedrock_sessions",
        "AsyncBedrockSessionsWithStreamingResponse",
    ),
    "AsyncBedrockWithRawResponse": (
        "claude_api_client.resources.bedrock",
        "AsyncBedrockWithRawResponse",
    ),
    "AsyncBedrockWithStreamingResponse": (
        "claude_api_client.resources.bedrock",
        "AsyncBedrockWithStreamingResponse",
    ),
    "Bedrock": ("claude_api_client.resources.bedrock", "Bedrock"),
    "BedrockAgents": ("claude_api_client.resources.bedrock_agents", "BedrockAgents"),
    "BedrockAgentsWithRawResponse": (
        "claude_api_client.resources.bedrock_agents",
        "BedrockAgentsWithRawResponse",
    ),
    "BedrockAgentsWithStreamingResponse": (
        "claude_api_client.resources.bedrock_agents",
        "BedrockAgentsWithStreamingResponse",
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
    "BedrockSessions": ("claude_api_client.resources.bedrock_sessions", "BedrockSessions"),
    "BedrockSessionsWithRawResponse": (
        "claude_api_client.resources.bedrock_sessions",
        "BedrockSessionsWithRawResponse",
    ),
    "BedrockSessionsWithStreamingResponse": (
        "claude_api_client.resources.bedrock_sessions",
        "BedrockSessionsWithStreamingResponse",
    ),
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
