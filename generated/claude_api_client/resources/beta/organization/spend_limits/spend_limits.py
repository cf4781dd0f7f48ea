# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.spend_limits.spend_limits` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_spend_limits import (
        AsyncBetaSpendLimits as AsyncSpendLimits,
    )
    from claude_api_client.resources.beta_organization_spend_limits import (
        AsyncBetaSpendLimitsWithRawResponse as AsyncSpendLimitsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_spend_limits import (
        AsyncBetaSpendLimitsWithStreamingResponse as AsyncSpendLimitsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_spend_limits import (
        BetaSpendLimits as SpendLimits,
    )
    from claude_api_client.resources.beta_organization_spend_limits import (
        BetaSpendLimitsWithRawResponse as SpendLimitsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_spend_limits import (
        BetaSpendLimitsWithStreamingResponse as SpendLimitsWithStreamingResponse,
    )

__all__ = [
    "AsyncSpendLimits",
    "AsyncSpendLimitsWithRawResponse",
    "AsyncSpendLimitsWithStreamingResponse",
    "SpendLimits",
    "SpendLimitsWithRawResponse",
    "SpendLimitsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncSpendLimits": (
        "claude_api_client.resources.beta_organization_spend_limits",
        "AsyncBetaSpendLimits",
    ),
    "AsyncSpendLimitsWithRawResponse": (
        "claude_api_client.resources.beta_organization_spend_limits",
        "AsyncBetaSpendLimitsWithRawResponse",
    ),
    "AsyncSpendLimitsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_spend_limits",
        "AsyncBetaSpendLimitsWithStreamingResponse",
    ),
    "SpendLimits": (
        "claude_api_client.resources.beta_organization_spend_limits",
        "BetaSpendLimits",
    ),
    "SpendLimitsWithRawResponse": (
        "claude_api_client.resources.beta_organization_spend_limits",
        "BetaSpendLimitsWithRawResponse",
    ),
    "SpendLimitsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_spend_limits",
        "BetaSpendLimitsWithStreamingResponse",
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
