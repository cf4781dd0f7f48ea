# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.sessions.resources` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_sessions_resources import (
        AsyncBetaResources as AsyncResources,
    )
    from claude_api_client.resources.beta_sessions_resources import (
        AsyncBetaResourcesWithRawResponse as AsyncResourcesWithRawResponse,
    )
    from claude_api_client.resources.beta_sessions_resources import (
        AsyncBetaResourcesWithStreamingResponse as AsyncResourcesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_sessions_resources import BetaResources as Resources
    from claude_api_client.resources.beta_sessions_resources import (
        BetaResourcesWithRawResponse as ResourcesWithRawResponse,
    )
    from claude_api_client.resources.beta_sessions_resources import (
        BetaResourcesWithStreamingResponse as ResourcesWithStreamingResponse,
    )

__all__ = [
    "AsyncResources",
    "AsyncResourcesWithRawResponse",
    "AsyncResourcesWithStreamingResponse",
    "Resources",
    "ResourcesWithRawResponse",
    "ResourcesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncResources": ("claude_api_client.resources.beta_sessions_resources", "AsyncBetaResources"),
    "AsyncResourcesWithRawResponse": (
        "claude_api_client.resources.beta_sessions_resources",
        "AsyncBetaResourcesWithRawResponse",
    ),
    "AsyncResourcesWithStreamingResponse": (
        "claude_api_client.resources.beta_sessions_resources",
        "AsyncBetaResourcesWithStreamingResponse",
    ),
    "Resources": ("claude_api_client.resources.beta_sessions_resources", "BetaResources"),
    "ResourcesWithRawResponse": (
        "claude_api_client.resources.beta_sessions_resources",
        "BetaResourcesWithRawResponse",
    ),
    "ResourcesWithStreamingResponse": (
        "claude_api_client.resources.beta_sessions_resources",
        "BetaResourcesWithStreamingResponse",
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
