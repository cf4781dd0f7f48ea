# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.plugin_marketplaces` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_plugin_marketplaces import (
        AsyncBetaPluginMarketplaces as AsyncPluginMarketplaces,
    )
    from claude_api_client.resources.beta_organization_plugin_marketplaces import (
        AsyncBetaPluginMarketplacesWithRawResponse as AsyncPluginMarketplacesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_plugin_marketplaces import (
        AsyncBetaPluginMarketplacesWithStreamingResponse as AsyncPluginMarketplacesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_plugin_marketplaces import (
        BetaPluginMarketplaces as PluginMarketplaces,
    )
    from claude_api_client.resources.beta_organization_plugin_marketplaces import (
        BetaPluginMarketplacesWithRawResponse as PluginMarketplacesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_plugin_marketplaces import (
        BetaPluginMarketplacesWithStreamingResponse as PluginMarketplacesWithStreamingResponse,
    )

__all__ = [
    "AsyncPluginMarketplaces",
    "AsyncPluginMarketplacesWithRawResponse",
    "AsyncPluginMarketplacesWithStreamingResponse",
    "PluginMarketplaces",
    "PluginMarketplacesWithRawResponse",
    "PluginMarketplacesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncPluginMarketplaces": (
        "claude_api_client.resources.beta_organization_plugin_marketplaces",
        "AsyncBetaPluginMarketplaces",
    ),
    "AsyncPluginMarketplacesWithRawResponse": (
        "claude_api_client.resources.beta_organization_plugin_marketplaces",
        "AsyncBetaPluginMarketplacesWithRawResponse",
    ),
    "AsyncPluginMarketplacesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_plugin_marketplaces",
        "AsyncBetaPluginMarketplacesWithStreamingResponse",
    ),
    "PluginMarketplaces": (
        "claude_api_client.resources.beta_organization_plugin_marketplaces",
        "BetaPluginMarketplaces",
    ),
    "PluginMarketplacesWithRawResponse": (
        "claude_api_client.resources.beta_organization_plugin_marketplaces",
        "BetaPluginMarketplacesWithRawResponse",
    ),
    "PluginMarketplacesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_plugin_marketplaces",
        "BetaPluginMarketplacesWithStreamingResponse",
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
