# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.federation.federation` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_federation import (
        AsyncBetaFederation as AsyncFederation,
    )
    from claude_api_client.resources.beta_organization_federation import (
        AsyncBetaFederationWithRawResponse as AsyncFederationWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_federation import (
        AsyncBetaFederationWithStreamingResponse as AsyncFederationWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_federation import (
        BetaFederation as Federation,
    )
    from claude_api_client.resources.beta_organization_federation import (
        BetaFederationWithRawResponse as FederationWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_federation import (
        BetaFederationWithStreamingResponse as FederationWithStreamingResponse,
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
    "AsyncFederation": (
        "claude_api_client.resources.beta_organization_federation",
        "AsyncBetaFederation",
    ),
    "AsyncFederationWithRawResponse": (
        "claude_api_client.resources.beta_organization_federation",
        "AsyncBetaFederationWithRawResponse",
    ),
    "AsyncFederationWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_federation",
        "AsyncBetaFederationWithStreamingResponse",
    ),
    "Federation": ("claude_api_client.resources.beta_organization_federation", "BetaFederation"),
    "FederationWithRawResponse": (
        "claude_api_client.resources.beta_organization_federation",
        "BetaFederationWithRawResponse",
    ),
    "FederationWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_federation",
        "BetaFederationWithStreamingResponse",
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
