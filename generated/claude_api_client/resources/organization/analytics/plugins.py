# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.analytics.plugins` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.organization_analytics_plugins import (
        AsyncPlugins as AsyncPlugins,
    )
    from claude_api_client.resources.organization_analytics_plugins import (
        AsyncPluginsWithRawResponse as AsyncPluginsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_plugins import (
        AsyncPluginsWithStreamingResponse as AsyncPluginsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_analytics_plugins import Plugins as Plugins
    from claude_api_client.resources.organization_analytics_plugins import (
        PluginsWithRawResponse as PluginsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_plugins import (
        PluginsWithStreamingResponse as PluginsWithStreamingResponse,
    )

__all__ = [
    "AsyncPlugins",
    "AsyncPluginsWithRawResponse",
    "AsyncPluginsWithStreamingResponse",
    "Plugins",
    "PluginsWithRawResponse",
    "PluginsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncPlugins": ("claude_api_client.resources.organization_analytics_plugins", "AsyncPlugins"),
    "AsyncPluginsWithRawResponse": (
        "claude_api_client.resources.organization_analytics_plugins",
        "AsyncPluginsWithRawResponse",
    ),
    "AsyncPluginsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_plugins",
        "AsyncPluginsWithStreamingResponse",
    ),
    "Plugins": ("claude_api_client.resources.organization_analytics_plugins", "Plugins"),
    "PluginsWithRawResponse": (
        "claude_api_client.resources.organization_analytics_plugins",
        "PluginsWithRawResponse",
    ),
    "PluginsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_plugins",
        "PluginsWithStreamingResponse",
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
