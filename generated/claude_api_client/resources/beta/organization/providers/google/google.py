# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.providers.google.google` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_providers_google import (
        AsyncBetaGoogle as AsyncGoogle,
    )
    from claude_api_client.resources.beta_organization_providers_google import (
        AsyncBetaGoogleWithRawResponse as AsyncGoogleWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_providers_google import (
        AsyncBetaGoogleWithStreamingResponse as AsyncGoogleWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_providers_google import BetaGoogle as Google
    from claude_api_client.resources.beta_organization_providers_google import (
        BetaGoogleWithRawResponse as GoogleWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_providers_google import (
        BetaGoogleWithStreamingResponse as GoogleWithStreamingResponse,
    )

__all__ = [
    "AsyncGoogle",
    "AsyncGoogleWithRawResponse",
    "AsyncGoogleWithStreamingResponse",
    "Google",
    "GoogleWithRawResponse",
    "GoogleWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncGoogle": (
        "claude_api_client.resources.beta_organization_providers_google",
        "AsyncBetaGoogle",
    ),
    "AsyncGoogleWithRawResponse": (
        "claude_api_client.resources.beta_organization_providers_google",
        "AsyncBetaGoogleWithRawResponse",
    ),
    "AsyncGoogleWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_providers_google",
        "AsyncBetaGoogleWithStreamingResponse",
    ),
    "Google": ("claude_api_client.resources.beta_organization_providers_google", "BetaGoogle"),
    "GoogleWithRawResponse": (
        "claude_api_client.resources.beta_organization_providers_google",
        "BetaGoogleWithRawResponse",
    ),
    "GoogleWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_providers_google",
        "BetaGoogleWithStreamingResponse",
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
