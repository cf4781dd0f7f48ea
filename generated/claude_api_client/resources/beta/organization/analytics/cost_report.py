# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.analytics.cost_report` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_analytics_cost_report import (
        AsyncBetaCostReport as AsyncCostReport,
    )
    from claude_api_client.resources.beta_organization_analytics_cost_report import (
        AsyncBetaCostReportWithRawResponse as AsyncCostReportWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_cost_report import (
        AsyncBetaCostReportWithStreamingResponse as AsyncCostReportWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_cost_report import (
        BetaCostReport as CostReport,
    )
    from claude_api_client.resources.beta_organization_analytics_cost_report import (
        BetaCostReportWithRawResponse as CostReportWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_cost_report import (
        BetaCostReportWithStreamingResponse as CostReportWithStreamingResponse,
    )

__all__ = [
    "AsyncCostReport",
    "AsyncCostReportWithRawResponse",
    "AsyncCostReportWithStreamingResponse",
    "CostReport",
    "CostReportWithRawResponse",
    "CostReportWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncCostReport": (
        "claude_api_client.resources.beta_organization_analytics_cost_report",
        "AsyncBetaCostReport",
    ),
    "AsyncCostReportWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_cost_report",
        "AsyncBetaCostReportWithRawResponse",
    ),
    "AsyncCostReportWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_cost_report",
        "AsyncBetaCostReportWithStreamingResponse",
    ),
    "CostReport": (
        "claude_api_client.resources.beta_organization_analytics_cost_report",
        "BetaCostReport",
    ),
    "CostReportWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_cost_report",
        "BetaCostReportWithRawResponse",
    ),
    "CostReportWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_cost_report",
        "BetaCostReportWithStreamingResponse",
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
