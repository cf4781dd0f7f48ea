# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.federation.federation` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.organization_federation import (
        AsyncFederation as AsyncFederation,
    )
    from claude_api_client.resources.organization_federation import (
        AsyncFederationWithRawResponse as AsyncFederationWithRawResponse,
    )
    from claude_api_client.resources.organization_federation import (
        AsyncFederationWithStreamingResponse as AsyncFederationWithStreamingResponse,
    )
    from claude_api_client.resources.organization_federation import Federation as Federation
    from claude_api_client.resources.organization_federation import (
        FederationWithRawResponse as FederationWithRawResponse,
    )
    from claude_api_client.resources.organization_federation import (
        FederationWithStreamingResponse as FederationWithStreamingResponse,
    )

__all__ = [
    "AsyncFederation",
    "AsyncFederationWithRawResponse",
    "AsyncFederationWithStreamingResponse",
    "Federation",
    "FederationWithRawResponse",
    "FederationWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncFederation": ("claude_api_client.resources.organization_federation", "AsyncFederation"),
    "AsyncFederationWithRawResponse": (
        "claude_api_client.resources.organization_federation",
        "AsyncFederationWithRawResponse",
    ),
    "AsyncFederationWithStreamingResponse": (
        "claude_api_client.resources.organization_federation",
        "AsyncFederationWithStreamingResponse",
    ),
    "Federation": ("claude_api_client.resources.organization_federation", "Federation"),
    "FederationWithRawResponse": (
        "claude_api_client.resources.organization_federation",
        "FederationWithRawResponse",
    ),
    "FederationWithStreamingResponse": (
        "claude_api_client.resources.organization_federation",
        "FederationWithStreamingResponse",
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
