# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.analytics.apps.apps` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_analytics_apps import (
        AsyncBetaApps as AsyncApps,
    )
    from claude_api_client.resources.beta_organization_analytics_apps import (
        AsyncBetaAppsWithRawResponse as AsyncAppsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_apps import (
        AsyncBetaAppsWithStreamingResponse as AsyncAppsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_apps import BetaApps as Apps
    from claude_api_client.resources.beta_organization_analytics_apps import (
        BetaAppsWithRawResponse as AppsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_apps import (
        BetaAppsWithStreamingResponse as AppsWithStreamingResponse,
    )

__all__ = [
    "Apps",
    "AppsWithRawResponse",
    "AppsWithStreamingResponse",
    "AsyncApps",
    "AsyncAppsWithRawResponse",
    "AsyncAppsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "Apps": ("claude_api_client.resources.beta_organization_analytics_apps", "BetaApps"),
    "AppsWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_apps",
        "BetaAppsWithRawResponse",
    ),
    "AppsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_apps",
        "BetaAppsWithStreamingResponse",
    ),
    "AsyncApps": ("claude_api_client.resources.beta_organization_analytics_apps", "AsyncBetaApps"),
    "AsyncAppsWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_apps",
        "AsyncBetaAppsWithRawResponse",
    ),
    "AsyncAppsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_apps",
        "AsyncBetaAppsWithStreamingResponse",
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
