# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.spend_limits` of the official package: its names, lazily."""

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
    from claude_api_client.resources.beta_organization_spend_limits_effective import (
        AsyncBetaEffective as AsyncEffective,
    )
    from claude_api_client.resources.beta_organization_spend_limits_effective import (
        AsyncBetaEffectiveWithRawResponse as AsyncEffectiveWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_spend_limits_effective import (
        AsyncBetaEffectiveWithStreamingResponse as AsyncEffectiveWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_spend_limits_effective import (
        BetaEffective as Effective,
    )
    from claude_api_client.resources.beta_organization_spend_limits_effective import (
        BetaEffectiveWithRawResponse as EffectiveWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_spend_limits_effective import (
        BetaEffectiveWithStreamingResponse as EffectiveWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_spend_limits_increase_requests import (
        AsyncBetaIncreaseRequests as AsyncIncreaseRequests,
    )
    from claude_api_client.resources.beta_organization_spend_limits_increase_requests import (
        AsyncBetaIncreaseRequestsWithRawResponse as AsyncIncreaseRequestsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_spend_limits_increase_requests import (
        AsyncBetaIncreaseRequestsWithStreamingResponse as AsyncIncreaseRequestsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_spend_limits_increase_requests import (
        BetaIncreaseRequests as IncreaseRequests,
    )
    from claude_api_client.resources.beta_organization_spend_limits_increase_requests import (
        BetaIncreaseRequestsWithRawResponse as IncreaseRequestsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_spend_limits_increase_requests import (
        BetaIncreaseRequestsWithStreamingResponse as IncreaseRequestsWithStreamingResponse,
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
        "claude_api_client.resources.beta_organization_spend_limits_effective",
        "AsyncBetaEffective",
    ),
    "AsyncEffectiveWithRawResponse": (
        "claude_api_client.resources.beta_organization_spend_limits_effective",
        "AsyncBetaEffectiveWithRawResponse",
    ),
    "AsyncEffectiveWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_spend_limits_effective",
        "AsyncBetaEffectiveWithStreamingResponse",
    ),
    "AsyncIncreaseRequests": (
        "claude_api_client.resources.beta_organization_spend_limits_increase_requests",
        "AsyncBetaIncreaseRequests",
    ),
    "AsyncIncreaseRequestsWithRawResponse": (
        "claude_api_client.resources.beta_organization_spend_limits_increase_requests",
        "AsyncBetaIncreaseRequestsWithRawResponse",
    ),
    "AsyncIncreaseRequestsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_spend_limits_increase_requests",
        "AsyncBetaIncreaseRequestsWithStreamingResponse",
    ),
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
    "Effective": (
        "claude_api_client.resources.beta_organization_spend_limits_effective",
        "BetaEffective",
    ),
    "EffectiveWithRawResponse": (
        "claude_api_client.resources.beta_organization_spend_limits_effective",
        "BetaEffectiveWithRawResponse",
    ),
    "EffectiveWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_spend_limits_effective",
        "BetaEffectiveWithStreamingResponse",
    ),
    "IncreaseRequests": (
        "claude_api_client.resources.beta_organization_spend_limits_increase_requests",
        "BetaIncreaseRequests",
    ),
    "IncreaseRequestsWithRawResponse": (
        "claude_api_client.resources.beta_organization_spend_limits_increase_requests",
        "BetaIncreaseRequestsWithRawResponse",
    ),
    "IncreaseRequestsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_spend_limits_increase_requests",
        "BetaIncreaseRequestsWithStreamingResponse",
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
