# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.analytics.summaries` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.organization_analytics_summaries import (
        AsyncSummaries as AsyncSummaries,
    )
    from claude_api_client.resources.organization_analytics_summaries import (
        AsyncSummariesWithRawResponse as AsyncSummariesWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_summaries import (
        AsyncSummariesWithStreamingResponse as AsyncSummariesWithStreamingResponse,
    )
    from claude_api_client.resources.organization_analytics_summaries import Summaries as Summaries
    from claude_api_client.resources.organization_analytics_summaries import (
        SummariesWithRawResponse as SummariesWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_summaries import (
        SummariesWithStreamingResponse as SummariesWithStreamingResponse,
    )

__all__ = [
    "AsyncSummaries",
    "AsyncSummariesWithRawResponse",
    "AsyncSummariesWithStreamingResponse",
    "Summaries",
    "SummariesWithRawResponse",
    "SummariesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncSummaries": (
        "claude_api_client.resources.organization_analytics_summaries",
        "AsyncSummaries",
    ),
    "AsyncSummariesWithRawResponse": (
        "claude_api_client.resources.organization_analytics_summaries",
        "AsyncSummariesWithRawResponse",
    ),
    "AsyncSummariesWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_summaries",
        "AsyncSummariesWithStreamingResponse",
    ),
    "Summaries": ("claude_api_client.resources.organization_analytics_summaries", "Summaries"),
    "SummariesWithRawResponse": (
        "claude_api_client.resources.organization_analytics_summaries",
        "SummariesWithRawResponse",
    ),
    "SummariesWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_summaries",
        "SummariesWithStreamingResponse",
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
