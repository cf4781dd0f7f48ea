# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.agents` of the official package: its names, lazily."""

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
    from claude_api_client.resources.beta_agents_versions import AsyncBetaVersions as AsyncVersions
    from claude_api_client.resources.beta_agents_versions import (
        AsyncBetaVersionsWithRawResponse as AsyncVersionsWithRawResponse,
    )
    from claude_api_client.resources.beta_agents_versions import (
        AsyncBetaVersionsWithStreamingResponse as AsyncVersionsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_agents_versions import BetaVersions as Versions
    from claude_api_client.resources.beta_agents_versions import (
        BetaVersionsWithRawResponse as VersionsWithRawResponse,
    )
    from claude_api_client.resources.beta_agents_versions import (
        BetaVersionsWithStreamingResponse as VersionsWithStreamingResponse,
    )

__all__ = [
    "Agents",
    "AgentsWithRawResponse",
    "AgentsWithStreamingResponse",
    "AsyncAgents",
    "AsyncAgentsWithRawResponse",
    "AsyncAgentsWithStreamingResponse",
    "AsyncVersions",
    "AsyncVersionsWithRawResponse",
    "AsyncVersionsWithStreamingResponse",
    "Versions",
    "VersionsWithRawResponse",
    "VersionsWithStreamingResponse",
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
    "AsyncVersions": ("claude_api_client.resources.beta_agents_versions", "AsyncBetaVersions"),
    "AsyncVersionsWithRawResponse": (
        "claude_api_client.resources.beta_agents_versions",
        "AsyncBetaVersionsWithRawResponse",
    ),
    "AsyncVersionsWithStreamingResponse": (
        "claude_api_client.resources.beta_agents_versions",
        "AsyncBetaVersionsWithStreamingResponse",
    ),
    "Versions": ("claude_api_client.resources.beta_agents_versions", "BetaVersions"),
    "VersionsWithRawResponse": (
        "claude_api_client.resources.beta_agents_versions",
        "BetaVersionsWithRawResponse",
    ),
    "VersionsWithStreamingResponse": (
        "claude_api_client.resources.beta_agents_versions",
        "BetaVersionsWithStreamingResponse",
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
