# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.analytics.analytics` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_analytics import (
        AsyncBetaAnalytics as AsyncAnalytics,
    )
    from claude_api_client.resources.beta_organization_analytics import (
        AsyncBetaAnalyticsWithRawResponse as AsyncAnalyticsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics import (
        AsyncBetaAnalyticsWithStreamingResponse as AsyncAnalyticsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics import BetaAnalytics as Analytics
    from claude_api_client.resources.beta_organization_analytics import (
        BetaAnalyticsWithRawResponse as AnalyticsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics import (
        BetaAnalyticsWithStreamingResponse as AnalyticsWithStreamingResponse,
    )

__all__ = [
    "Analytics",
    "AnalyticsWithRawResponse",
    "AnalyticsWithStreamingResponse",
    "AsyncAnalytics",
    "AsyncAnalyticsWithRawResponse",
    "AsyncAnalyticsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "Analytics": ("claude_api_client.resources.beta_organization_analytics", "BetaAnalytics"),
    "AnalyticsWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics",
        "BetaAnalyticsWithRawResponse",
    ),
    "AnalyticsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics",
        "BetaAnalyticsWithStreamingResponse",
    ),
    "AsyncAnalytics": (
        "claude_api_client.resources.beta_organization_analytics",
        "AsyncBetaAnalytics",
    ),
    "AsyncAnalyticsWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics",
        "AsyncBetaAnalyticsWithRawResponse",
    ),
    "AsyncAnalyticsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics",
        "AsyncBetaAnalyticsWithStreamingResponse",
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
