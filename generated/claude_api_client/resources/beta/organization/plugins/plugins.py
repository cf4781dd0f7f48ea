# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.plugins.plugins` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_plugins import (
        AsyncBetaPlugins as AsyncPlugins,
    )
    from claude_api_client.resources.beta_organization_plugins import (
        AsyncBetaPluginsWithRawResponse as AsyncPluginsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_plugins import (
        AsyncBetaPluginsWithStreamingResponse as AsyncPluginsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_plugins import BetaPlugins as Plugins
    from claude_api_client.resources.beta_organization_plugins import (
        BetaPluginsWithRawResponse as PluginsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_plugins import (
        BetaPluginsWithStreamingResponse as PluginsWithStreamingResponse,
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
    "AsyncPlugins": ("claude_api_client.resources.beta_organization_plugins", "AsyncBetaPlugins"),
    "AsyncPluginsWithRawResponse": (
        "claude_api_client.resources.beta_organization_plugins",
        "AsyncBetaPluginsWithRawResponse",
    ),
    "AsyncPluginsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_plugins",
        "AsyncBetaPluginsWithStreamingResponse",
    ),
    "Plugins": ("claude_api_client.resources.beta_organization_plugins", "BetaPlugins"),
    "PluginsWithRawResponse": (
        "claude_api_client.resources.beta_organization_plugins",
        "BetaPluginsWithRawResponse",
    ),
    "PluginsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_plugins",
        "BetaPluginsWithStreamingResponse",
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
