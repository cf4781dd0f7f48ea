# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.analytics.user_cost_report` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_analytics_user_cost_report import (
        AsyncBetaUserCostReport as AsyncUserCostReport,
    )
    from claude_api_client.resources.beta_organization_analytics_user_cost_report import (
        AsyncBetaUserCostReportWithRawResponse as AsyncUserCostReportWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_user_cost_report import (
        AsyncBetaUserCostReportWithStreamingResponse as AsyncUserCostReportWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_user_cost_report import (
        BetaUserCostReport as UserCostReport,
    )
    from claude_api_client.resources.beta_organization_analytics_user_cost_report import (
        BetaUserCostReportWithRawResponse as UserCostReportWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_user_cost_report import (
        BetaUserCostReportWithStreamingResponse as UserCostReportWithStreamingResponse,
    )

__all__ = [
    "AsyncUserCostReport",
    "AsyncUserCostReportWithRawResponse",
    "AsyncUserCostReportWithStreamingResponse",
    "UserCostReport",
    "UserCostReportWithRawResponse",
    "UserCostReportWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncUserCostReport": (
        "claude_api_client.resources.beta_organization_analytics_user_cost_report",
        "AsyncBetaUserCostReport",
    ),
    "AsyncUserCostReportWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_user_cost_report",
        "AsyncBetaUserCostReportWithRawResponse",
    ),
    "AsyncUserCostReportWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_user_cost_report",
        "AsyncBetaUserCostReportWithStreamingResponse",
    ),
    "UserCostReport": (
        "claude_api_client.resources.beta_organization_analytics_user_cost_report",
        "BetaUserCostReport",
    ),
    "UserCostReportWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_user_cost_report",
        "BetaUserCostReportWithRawResponse",
    ),
    "UserCostReportWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_user_cost_report",
        "BetaUserCostReportWithStreamingResponse",
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
