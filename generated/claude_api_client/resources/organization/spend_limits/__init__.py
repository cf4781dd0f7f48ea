# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.spend_limits` of the official package: its names, lazily."""

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
    from claude_api_client.resources.organization_spend_limits_effective import (
        AsyncEffective as AsyncEffective,
    )
    from claude_api_client.resources.organization_spend_limits_effective import (
        AsyncEffectiveWithRawResponse as AsyncEffectiveWithRawResponse,
    )
    from claude_api_client.resources.organization_spend_limits_effective import (
        AsyncEffectiveWithStreamingResponse as AsyncEffectiveWithStreamingResponse,
    )
    from claude_api_client.resources.organization_spend_limits_effective import (
        Effective as Effective,
    )
    from claude_api_client.resources.organization_spend_limits_effective import (
        EffectiveWithRawResponse as EffectiveWithRawResponse,
    )
    from claude_api_client.resources.organization_spend_limits_effective import (
        EffectiveWithStreamingResponse as EffectiveWithStreamingResponse,
    )
    from claude_api_client.resources.organization_spend_limits_increase_requests import (
        AsyncIncreaseRequests as AsyncIncreaseRequests,
    )
    from claude_api_client.resources.organization_spend_limits_increase_requests import (
        AsyncIncreaseRequestsWithRawResponse as AsyncIncreaseRequestsWithRawResponse,
    )
    from claude_api_client.resources.organization_spend_limits_increase_requests import (
        AsyncIncreaseRequestsWithStreamingResponse as AsyncIncreaseRequestsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_spend_limits_increase_requests import (
        IncreaseRequests as IncreaseRequests,
    )
    from claude_api_client.resources.organization_spend_limits_increase_requests import (
        IncreaseRequestsWithRawResponse as IncreaseRequestsWithRawResponse,
    )
    from claude_api_client.resources.organization_spend_limits_increase_requests import (
        IncreaseRequestsWithStreamingResponse as IncreaseRequestsWithStreamingResponse,
    )

__all__ = [
    "AsyncEffective",
    "AsyncEffectiveWithRawResponse",
    "AsyncEffectiveWithStreamingResponse",
    "AsyncIncreaseRequests",
    "AsyncIncreaseRequestsWithRawResponse",
    "AsyncIncreaseRequestsWithStreamingResponse",
    "AsyncSpendLimits",
    "AsyncSpendLimitsWithRawResponse",
    "AsyncSpendLimitsWithStreamingResponse",
    "Effective",
    "EffectiveWithRawResponse",
    "EffectiveWithStreamingResponse",
    "IncreaseRequests",
    "IncreaseRequestsWithRawResponse",
    "IncreaseRequestsWithStreamingResponse",
    "SpendLimits",
    "SpendLimitsWithRawResponse",
    "SpendLimitsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncEffective": (
        "claude_api_client.resources.organization_spend_limits_effective",
        "AsyncEffective",
    ),
    "AsyncEffectiveWithRawResponse": (
        "claude_api_client.resources.organization_spend_limits_effective",
        "AsyncEffectiveWithRawResponse",
    ),
    "AsyncEffectiveWithStreamingResponse": (
        "claude_api_client.resources.organization_spend_limits_effective",
        "AsyncEffectiveWithStreamingResponse",
    ),
    "AsyncIncreaseRequests": (
        "claude_api_client.resources.organization_spend_limits_increase_requests",
        "AsyncIncreaseRequests",
    ),
    "AsyncIncreaseRequestsWithRawResponse": (
        "claude_api_client.resources.organization_spend_limits_increase_requests",
        "AsyncIncreaseRequestsWithRawResponse",
    ),
    "AsyncIncreaseRequestsWithStreamingResponse": (
        "claude_api_client.resources.organization_spend_limits_increase_requests",
        "AsyncIncreaseRequestsWithStreamingResponse",
    ),
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
    "Effective": ("claude_api_client.resources.organization_spend_limits_effective", "Effective"),
    "EffectiveWithRawResponse": (
        "claude_api_client.resources.organization_spend_limits_effective",
        "EffectiveWithRawResponse",
    ),
    "EffectiveWithStreamingResponse": (
        "claude_api_client.resources.organization_spend_limits_effective",
        "EffectiveWithStreamingResponse",
    ),
    "IncreaseRequests": (
        "claude_api_client.resources.organization_spend_limits_increase_requests",
        "IncreaseRequests",
    ),
    "IncreaseRequestsWithRawResponse": (
        "claude_api_client.resources.organization_spend_limits_increase_requests",
        "IncreaseRequestsWithRawResponse",
    ),
    "IncreaseRequestsWithStreamingResponse": (
        "claude_api_client.resources.organization_spend_limits_increase_requests",
        "IncreaseRequestsWithStreamingResponse",
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
