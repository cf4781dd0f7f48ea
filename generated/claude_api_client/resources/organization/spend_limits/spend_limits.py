# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.spend_limits.spend_limits` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.organization_spend_limits import (
        AsyncSpendLimits as AsyncSpendLimits,
    )
    from claude_api_client.resources.organization_spend_limits import (
        AsyncSpendLimitsWithRawResponse as AsyncSpendLimitsWithRawResponse,
    )
    from claude_api_client.resources.organization_spend_limits import (
        AsyncSpendLimitsWithStreamingResponse as AsyncSpendLimitsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_spend_limits import SpendLimits as SpendLimits
    from claude_api_client.resources.organization_spend_limits import (
        SpendLimitsWithRawResponse as SpendLimitsWithRawResponse,
    )
    from claude_api_client.resources.organization_spend_limits import (
        SpendLimitsWithStreamingResponse as SpendLimitsWithStreamingResponse,
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
        "claude_api_client.resources.organization_spend_limits",
        "AsyncSpendLimits",
    ),
    "AsyncSpendLimitsWithRawResponse": (
        "claude_api_client.resources.organization_spend_limits",
        "AsyncSpendLimitsWithRawResponse",
    ),
    "AsyncSpendLimitsWithStreamingResponse": (
        "claude_api_client.resources.organization_spend_limits",
        "AsyncSpendLimitsWithStreamingResponse",
    ),
    "SpendLimits": ("claude_api_client.resources.organization_spend_limits", "SpendLimits"),
    "SpendLimitsWithRawResponse": (
        "claude_api_client.resources.organization_spend_limits",
        "SpendLimitsWithRawResponse",
    ),
    "SpendLimitsWithStreamingResponse": (
        "claude_api_client.resources.organization_spend_limits",
        "SpendLimitsWithStreamingResponse",
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
