# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.agents.agents` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_agents import AsyncBetaAgents as AsyncAgents
    from claude_api_client.resources.beta_agents import (
        AsyncBetaAgentsWithRawResponse as AsyncAgentsWithRawResponse,
    )
    from claude_api_client.resources.beta_agents import (
        AsyncBetaAgentsWithStreamingResponse as AsyncAgentsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_agents import BetaAgents as Agents
    from claude_api_client.resources.beta_agents import (
        BetaAgentsWithRawResponse as AgentsWithRawResponse,
    )
    from claude_api_client.resources.beta_agents import (
        BetaAgentsWithStreamingResponse as AgentsWithStreamingResponse,
    )

__all__ = [
    "Agents",
    "AgentsWithRawResponse",
    "AgentsWithStreamingResponse",
    "AsyncAgents",
    "AsyncAgentsWithRawResponse",
    "AsyncAgentsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "Agents": ("claude_api_client.resources.beta_agents", "BetaAgents"),
    "AgentsWithRawResponse": (
        "claude_api_client.resources.beta_agents",
        "BetaAgentsWithRawResponse",
    ),
    "AgentsWithStreamingResponse": (
        "claude_api_client.resources.beta_agents",
        "BetaAgentsWithStreamingResponse",
    ),
    "AsyncAgents": ("claude_api_client.resources.beta_agents", "AsyncBetaAgents"),
    "AsyncAgentsWithRawResponse": (
        "claude_api_client.resources.beta_agents",
        "AsyncBetaAgentsWithRawResponse",
    ),
    "AsyncAgentsWithStreamingResponse": (
        "claude_api_client.resources.beta_agents",
        "AsyncBetaAgentsWithStreamingResponse",
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
