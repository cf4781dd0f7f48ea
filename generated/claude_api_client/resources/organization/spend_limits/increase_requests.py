# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.spend_limits.increase_requests` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    "AsyncIncreaseRequests",
    "AsyncIncreaseRequestsWithRawResponse",
    "AsyncIncreaseRequestsWithStreamingResponse",
    "IncreaseRequests",
    "IncreaseRequestsWithRawResponse",
    "IncreaseRequestsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
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
