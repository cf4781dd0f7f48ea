# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.analytics.analytics` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.organization_analytics import Analytics as Analytics
    from claude_api_client.resources.organization_analytics import (
        AnalyticsWithRawResponse as AnalyticsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics import (
        AnalyticsWithStreamingResponse as AnalyticsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_analytics import AsyncAnalytics as AsyncAnalytics
    from claude_api_client.resources.organization_analytics import (
        AsyncAnalyticsWithRawResponse as AsyncAnalyticsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics import (
        AsyncAnalyticsWithStreamingResponse as AsyncAnalyticsWithStreamingResponse,
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
    "Analytics": ("claude_api_client.resources.organization_analytics", "Analytics"),
    "AnalyticsWithRawResponse": (
        "claude_api_client.resources.organization_analytics",
        "AnalyticsWithRawResponse",
    ),
    "AnalyticsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics",
        "AnalyticsWithStreamingResponse",
    ),
    "AsyncAnalytics": ("claude_api_client.resources.organization_analytics", "AsyncAnalytics"),
    "AsyncAnalyticsWithRawResponse": (
        "claude_api_client.resources.organization_analytics",
        "AsyncAnalyticsWithRawResponse",
    ),
    "AsyncAnalyticsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics",
        "AsyncAnalyticsWithStreamingResponse",
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
