# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.external_keys` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.organization_external_keys import (
        AsyncExternalKeys as AsyncExternalKeys,
    )
    from claude_api_client.resources.organization_external_keys import (
        AsyncExternalKeysWithRawResponse as AsyncExternalKeysWithRawResponse,
    )
    from claude_api_client.resources.organization_external_keys import (
        AsyncExternalKeysWithStreamingResponse as AsyncExternalKeysWithStreamingResponse,
    )
    from claude_api_client.resources.organization_external_keys import ExternalKeys as ExternalKeys
    from claude_api_client.resources.organization_external_keys import (
        ExternalKeysWithRawResponse as ExternalKeysWithRawResponse,
    )
    from claude_api_client.resources.organization_external_keys import (
        ExternalKeysWithStreamingResponse as ExternalKeysWithStreamingResponse,
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
        "claude_api_client.resources.organization_external_keys",
        "AsyncExternalKeys",
    ),
    "AsyncExternalKeysWithRawResponse": (
        "claude_api_client.resources.organization_external_keys",
        "AsyncExternalKeysWithRawResponse",
    ),
    "AsyncExternalKeysWithStreamingResponse": (
        "claude_api_client.resources.organization_external_keys",
        "AsyncExternalKeysWithStreamingResponse",
    ),
    "ExternalKeys": ("claude_api_client.resources.organization_external_keys", "ExternalKeys"),
    "ExternalKeysWithRawResponse": (
        "claude_api_client.resources.organization_external_keys",
        "ExternalKeysWithRawResponse",
    ),
    "ExternalKeysWithStreamingResponse": (
        "claude_api_client.resources.organization_external_keys",
        "ExternalKeysWithStreamingResponse",
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
