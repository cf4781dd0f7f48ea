# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.analytics.usage_report` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_analytics_usage_report import (
        AsyncBetaUsageReport as AsyncUsageReport,
    )
    from claude_api_client.resources.beta_organization_analytics_usage_report import (
        AsyncBetaUsageReportWithRawResponse as AsyncUsageReportWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_usage_report import (
        AsyncBetaUsageReportWithStreamingResponse as AsyncUsageReportWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_usage_report import (
        BetaUsageReport as UsageReport,
    )
    from claude_api_client.resources.beta_organization_analytics_usage_report import (
        BetaUsageReportWithRawResponse as UsageReportWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_usage_report import (
        BetaUsageReportWithStreamingResponse as UsageReportWithStreamingResponse,
    )

__all__ = [
    "AsyncUsageReport",
    "AsyncUsageReportWithRawResponse",
    "AsyncUsageReportWithStreamingResponse",
    "UsageReport",
    "UsageReportWithRawResponse",
    "UsageReportWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncUsageReport": (
        "claude_api_client.resources.beta_organization_analytics_usage_report",
        "AsyncBetaUsageReport",
    ),
    "AsyncUsageReportWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_usage_report",
        "AsyncBetaUsageReportWithRawResponse",
    ),
    "AsyncUsageReportWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_usage_report",
        "AsyncBetaUsageReportWithStreamingResponse",
    ),
    "UsageReport": (
        "claude_api_client.resources.beta_organization_analytics_usage_report",
        "BetaUsageReport",
    ),
    "UsageReportWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_usage_report",
        "BetaUsageReportWithRawResponse",
    ),
    "UsageReportWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_usage_report",
        "BetaUsageReportWithStreamingResponse",
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
