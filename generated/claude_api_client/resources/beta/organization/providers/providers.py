# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.providers.providers` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_providers import (
        AsyncBetaProviders as AsyncProviders,
    )
    from claude_api_client.resources.beta_organization_providers import (
        AsyncBetaProvidersWithRawResponse as AsyncProvidersWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_providers import (
        AsyncBetaProvidersWithStreamingResponse as AsyncProvidersWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_providers import BetaProviders as Providers
    from claude_api_client.resources.beta_organization_providers import (
        BetaProvidersWithRawResponse as ProvidersWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_providers import (
        BetaProvidersWithStreamingResponse as ProvidersWithStreamingResponse,
    )

__all__ = [
    "AsyncProviders",
    "AsyncProvidersWithRawResponse",
    "AsyncProvidersWithStreamingResponse",
    "Providers",
    "ProvidersWithRawResponse",
    "ProvidersWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncProviders": (
        "claude_api_client.resources.beta_organization_providers",
        "AsyncBetaProviders",
    ),
    "AsyncProvidersWithRawResponse": (
        "claude_api_client.resources.beta_organization_providers",
        "AsyncBetaProvidersWithRawResponse",
    ),
    "AsyncProvidersWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_providers",
        "AsyncBetaProvidersWithStreamingResponse",
    ),
    "Providers": ("claude_api_client.resources.beta_organization_providers", "BetaProviders"),
    "ProvidersWithRawResponse": (
        "claude_api_client.resources.beta_organization_providers",
        "BetaProvidersWithRawResponse",
    ),
    "ProvidersWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_providers",
        "BetaProvidersWithStreamingResponse",
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
