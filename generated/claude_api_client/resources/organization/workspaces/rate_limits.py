# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.workspaces.rate_limits` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.organization_workspaces_rate_limits import (
        AsyncRateLimits as AsyncRateLimits,
    )
    from claude_api_client.resources.organization_workspaces_rate_limits import (
        AsyncRateLimitsWithRawResponse as AsyncRateLimitsWithRawResponse,
    )
    from claude_api_client.resources.organization_workspaces_rate_limits import (
        AsyncRateLimitsWithStreamingResponse as AsyncRateLimitsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_workspaces_rate_limits import (
        RateLimits as RateLimits,
    )
    from claude_api_client.resources.organization_workspaces_rate_limits import (
        RateLimitsWithRawResponse as RateLimitsWithRawResponse,
    )
    from claude_api_client.resources.organization_workspaces_rate_limits import (
        RateLimitsWithStreamingResponse as RateLimitsWithStreamingResponse,
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
        "claude_api_client.resources.organization_workspaces_rate_limits",
        "AsyncRateLimits",
    ),
    "AsyncRateLimitsWithRawResponse": (
        "claude_api_client.resources.organization_workspaces_rate_limits",
        "AsyncRateLimitsWithRawResponse",
    ),
    "AsyncRateLimitsWithStreamingResponse": (
        "claude_api_client.resources.organization_workspaces_rate_limits",
        "AsyncRateLimitsWithStreamingResponse",
    ),
    "RateLimits": ("claude_api_client.resources.organization_workspaces_rate_limits", "RateLimits"),
    "RateLimitsWithRawResponse": (
        "claude_api_client.resources.organization_workspaces_rate_limits",
        "RateLimitsWithRawResponse",
    ),
    "RateLimitsWithStreamingResponse": (
        "claude_api_client.resources.organization_workspaces_rate_limits",
        "RateLimitsWithStreamingResponse",
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
