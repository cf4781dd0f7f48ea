# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.analytics.usage` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_analytics_usage import (
        AsyncBetaUsage as AsyncUsage,
    )
    from claude_api_client.resources.beta_organization_analytics_usage import (
        AsyncBetaUsageWithRawResponse as AsyncUsageWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_usage import (
        AsyncBetaUsageWithStreamingResponse as AsyncUsageWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_usage import BetaUsage as Usage
    from claude_api_client.resources.beta_organization_analytics_usage import (
        BetaUsageWithRawResponse as UsageWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_usage import (
        BetaUsageWithStreamingResponse as UsageWithStreamingResponse,
    )

__all__ = [
    "AsyncUsage",
    "AsyncUsageWithRawResponse",
    "AsyncUsageWithStreamingResponse",
    "Usage",
    "UsageWithRawResponse",
    "UsageWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncUsage": (
        "claude_api_client.resources.beta_organization_analytics_usage",
        "AsyncBetaUsage",
    ),
    "AsyncUsageWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_usage",
        "AsyncBetaUsageWithRawResponse",
    ),
    "AsyncUsageWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_usage",
        "AsyncBetaUsageWithStreamingResponse",
    ),
    "Usage": ("claude_api_client.resources.beta_organization_analytics_usage", "BetaUsage"),
    "UsageWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_usage",
        "BetaUsageWithRawResponse",
    ),
    "UsageWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_usage",
        "BetaUsageWithStreamingResponse",
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
