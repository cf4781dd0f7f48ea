# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.spend_limits.effective` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

__all__ = [
    "AsyncEffective",
    "AsyncEffectiveWithRawResponse",
    "AsyncEffectiveWithStreamingResponse",
    "Effective",
    "EffectiveWithRawResponse",
    "EffectiveWithStreamingResponse",
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
