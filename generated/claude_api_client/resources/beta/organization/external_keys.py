# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.external_keys` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_external_keys import (
        AsyncBetaExternalKeys as AsyncExternalKeys,
    )
    from claude_api_client.resources.beta_organization_external_keys import (
        AsyncBetaExternalKeysWithRawResponse as AsyncExternalKeysWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_external_keys import (
        AsyncBetaExternalKeysWithStreamingResponse as AsyncExternalKeysWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_external_keys import (
        BetaExternalKeys as ExternalKeys,
    )
    from claude_api_client.resources.beta_organization_external_keys import (
        BetaExternalKeysWithRawResponse as ExternalKeysWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_external_keys import (
        BetaExternalKeysWithStreamingResponse as ExternalKeysWithStreamingResponse,
    )

__all__ = [
    "AsyncExternalKeys",
    "AsyncExternalKeysWithRawResponse",
    "AsyncExternalKeysWithStreamingResponse",
    "ExternalKeys",
    "ExternalKeysWithRawResponse",
    "ExternalKeysWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncExternalKeys": (
        "claude_api_client.resources.beta_organization_external_keys",
        "AsyncBetaExternalKeys",
    ),
    "AsyncExternalKeysWithRawResponse": (
        "claude_api_client.resources.beta_organization_external_keys",
        "AsyncBetaExternalKeysWithRawResponse",
    ),
    "AsyncExternalKeysWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_external_keys",
        "AsyncBetaExternalKeysWithStreamingResponse",
    ),
    "ExternalKeys": (
        "claude_api_client.resources.beta_organization_external_keys",
        "BetaExternalKeys",
    ),
    "ExternalKeysWithRawResponse": (
        "claude_api_client.resources.beta_organization_external_keys",
        "BetaExternalKeysWithRawResponse",
    ),
    "ExternalKeysWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_external_keys",
        "BetaExternalKeysWithStreamingResponse",
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
