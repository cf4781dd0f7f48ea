# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.analytics.summaries` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_analytics_summaries import (
        AsyncBetaSummaries as AsyncSummaries,
    )
    from claude_api_client.resources.beta_organization_analytics_summaries import (
        AsyncBetaSummariesWithRawResponse as AsyncSummariesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_summaries import (
        AsyncBetaSummariesWithStreamingResponse as AsyncSummariesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_summaries import (
        BetaSummaries as Summaries,
    )
    from claude_api_client.resources.beta_organization_analytics_summaries import (
        BetaSummariesWithRawResponse as SummariesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_summaries import (
        BetaSummariesWithStreamingResponse as SummariesWithStreamingResponse,
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
        "claude_api_client.resources.beta_organization_analytics_summaries",
        "AsyncBetaSummaries",
    ),
    "AsyncSummariesWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_summaries",
        "AsyncBetaSummariesWithRawResponse",
    ),
    "AsyncSummariesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_summaries",
        "AsyncBetaSummariesWithStreamingResponse",
    ),
    "Summaries": (
        "claude_api_client.resources.beta_organization_analytics_summaries",
        "BetaSummaries",
    ),
    "SummariesWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_summaries",
        "BetaSummariesWithRawResponse",
    ),
    "SummariesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_summaries",
        "BetaSummariesWithStreamingResponse",
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
