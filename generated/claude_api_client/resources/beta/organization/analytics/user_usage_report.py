# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.analytics.user_usage_report` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_analytics_user_usage_report import (
        AsyncBetaUserUsageReport as AsyncUserUsageReport,
    )
    from claude_api_client.resources.beta_organization_analytics_user_usage_report import (
        AsyncBetaUserUsageReportWithRawResponse as AsyncUserUsageReportWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_user_usage_report import (
        AsyncBetaUserUsageReportWithStreamingResponse as AsyncUserUsageReportWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_user_usage_report import (
        BetaUserUsageReport as UserUsageReport,
    )
    from claude_api_client.resources.beta_organization_analytics_user_usage_report import (
        BetaUserUsageReportWithRawResponse as UserUsageReportWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_user_usage_report import (
        BetaUserUsageReportWithStreamingResponse as UserUsageReportWithStreamingResponse,
    )

__all__ = [
    "AsyncUserUsageReport",
    "AsyncUserUsageReportWithRawResponse",
    "AsyncUserUsageReportWithStreamingResponse",
    "UserUsageReport",
    "UserUsageReportWithRawResponse",
    "UserUsageReportWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncUserUsageReport": (
        "claude_api_client.resources.beta_organization_analytics_user_usage_report",
        "AsyncBetaUserUsageReport",
    ),
    "AsyncUserUsageReportWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_user_usage_report",
        "AsyncBetaUserUsageReportWithRawResponse",
    ),
    "AsyncUserUsageReportWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_user_usage_report",
        "AsyncBetaUserUsageReportWithStreamingResponse",
    ),
    "UserUsageReport": (
        "claude_api_client.resources.beta_organization_analytics_user_usage_report",
        "BetaUserUsageReport",
    ),
    "UserUsageReportWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_user_usage_report",
        "BetaUserUsageReportWithRawResponse",
    ),
    "UserUsageReportWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_user_usage_report",
        "BetaUserUsageReportWithStreamingResponse",
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
