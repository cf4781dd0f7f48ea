# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.api_keys` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_api_keys import (
        AsyncBetaApiKeys as AsyncAPIKeys,
    )
    from claude_api_client.resources.beta_organization_api_keys import (
        AsyncBetaApiKeysWithRawResponse as AsyncAPIKeysWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_api_keys import (
        AsyncBetaApiKeysWithStreamingResponse as AsyncAPIKeysWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_api_keys import BetaApiKeys as APIKeys
    from claude_api_client.resources.beta_organization_api_keys import (
        BetaApiKeysWithRawResponse as APIKeysWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_api_keys import (
        BetaApiKeysWithStreamingResponse as APIKeysWithStreamingResponse,
    )

__all__ = [
    "APIKeys",
    "APIKeysWithRawResponse",
    "APIKeysWithStreamingResponse",
    "AsyncAPIKeys",
    "AsyncAPIKeysWithRawResponse",
    "AsyncAPIKeysWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "APIKeys": ("claude_api_client.resources.beta_organization_api_keys", "BetaApiKeys"),
    "APIKeysWithRawResponse": (
        "claude_api_client.resources.beta_organization_api_keys",
        "BetaApiKeysWithRawResponse",
    ),
    "APIKeysWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_api_keys",
        "BetaApiKeysWithStreamingResponse",
    ),
    "AsyncAPIKeys": ("claude_api_client.resources.beta_organization_api_keys", "AsyncBetaApiKeys"),
    "AsyncAPIKeysWithRawResponse": (
        "claude_api_client.resources.beta_organization_api_keys",
        "AsyncBetaApiKeysWithRawResponse",
    ),
    "AsyncAPIKeysWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_api_keys",
        "AsyncBetaApiKeysWithStreamingResponse",
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
