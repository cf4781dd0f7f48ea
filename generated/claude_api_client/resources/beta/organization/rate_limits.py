# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.rate_limits` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_rate_limits import (
        AsyncBetaRateLimits as AsyncRateLimits,
    )
    from claude_api_client.resources.beta_organization_rate_limits import (
        AsyncBetaRateLimitsWithRawResponse as AsyncRateLimitsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_rate_limits import (
        AsyncBetaRateLimitsWithStreamingResponse as AsyncRateLimitsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_rate_limits import (
        BetaRateLimits as RateLimits,
    )
    from claude_api_client.resources.beta_organization_rate_limits import (
        BetaRateLimitsWithRawResponse as RateLimitsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_rate_limits import (
        BetaRateLimitsWithStreamingResponse as RateLimitsWithStreamingResponse,
    )

__all__ = [
    "AsyncRateLimits",
    "AsyncRateLimitsWithRawResponse",
    "AsyncRateLimitsWithStreamingResponse",
    "RateLimits",
    "RateLimitsWithRawResponse",
    "RateLimitsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncRateLimits": (
        "claude_api_client.resources.beta_organization_rate_limits",
        "AsyncBetaRateLimits",
    ),
    "AsyncRateLimitsWithRawResponse": (
        "claude_api_client.resources.beta_organization_rate_limits",
        "AsyncBetaRateLimitsWithRawResponse",
    ),
    "AsyncRateLimitsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_rate_limits",
        "AsyncBetaRateLimitsWithStreamingResponse",
    ),
    "RateLimits": ("claude_api_client.resources.beta_organization_rate_limits", "BetaRateLimits"),
    "RateLimitsWithRawResponse": (
        "claude_api_client.resources.beta_organization_rate_limits",
        "BetaRateLimitsWithRawResponse",
    ),
    "RateLimitsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_rate_limits",
        "BetaRateLimitsWithStreamingResponse",
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
