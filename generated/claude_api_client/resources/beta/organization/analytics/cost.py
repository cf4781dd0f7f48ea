# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.analytics.cost` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_analytics_cost import (
        AsyncBetaCost as AsyncCost,
    )
    from claude_api_client.resources.beta_organization_analytics_cost import (
        AsyncBetaCostWithRawResponse as AsyncCostWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_cost import (
        AsyncBetaCostWithStreamingResponse as AsyncCostWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_cost import BetaCost as Cost
    from claude_api_client.resources.beta_organization_analytics_cost import (
        BetaCostWithRawResponse as CostWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_cost import (
        BetaCostWithStreamingResponse as CostWithStreamingResponse,
    )

__all__ = [
    "AsyncCost",
    "AsyncCostWithRawResponse",
    "AsyncCostWithStreamingResponse",
    "Cost",
    "CostWithRawResponse",
    "CostWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncCost": ("claude_api_client.resources.beta_organization_analytics_cost", "AsyncBetaCost"),
    "AsyncCostWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_cost",
        "AsyncBetaCostWithRawResponse",
    ),
    "AsyncCostWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_cost",
        "AsyncBetaCostWithStreamingResponse",
    ),
    "Cost": ("claude_api_client.resources.beta_organization_analytics_cost", "BetaCost"),
    "CostWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_cost",
        "BetaCostWithRawResponse",
    ),
    "CostWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_cost",
        "BetaCostWithStreamingResponse",
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
