# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.api_keys` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.organization_api_keys import ApiKeys as APIKeys
    from claude_api_client.resources.organization_api_keys import (
        ApiKeysWithRawResponse as APIKeysWithRawResponse,
    )
    from claude_api_client.resources.organization_api_keys import (
        ApiKeysWithStreamingResponse as APIKeysWithStreamingResponse,
    )
    from claude_api_client.resources.organization_api_keys import AsyncApiKeys as AsyncAPIKeys
    from claude_api_client.resources.organization_api_keys import (
        AsyncApiKeysWithRawResponse as AsyncAPIKeysWithRawResponse,
    )
    from claude_api_client.resources.organization_api_keys import (
        AsyncApiKeysWithStreamingResponse as AsyncAPIKeysWithStreamingResponse,
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
    "APIKeys": ("claude_api_client.resources.organization_api_keys", "ApiKeys"),
    "APIKeysWithRawResponse": (
        "claude_api_client.resources.organization_api_keys",
        "ApiKeysWithRawResponse",
    ),
    "APIKeysWithStreamingResponse": (
        "claude_api_client.resources.organization_api_keys",
        "ApiKeysWithStreamingResponse",
    ),
    "AsyncAPIKeys": ("claude_api_client.resources.organization_api_keys", "AsyncApiKeys"),
    "AsyncAPIKeysWithRawResponse": (
        "claude_api_client.resources.organization_api_keys",
        "AsyncApiKeysWithRawResponse",
    ),
    "AsyncAPIKeysWithStreamingResponse": (
        "claude_api_client.resources.organization_api_keys",
        "AsyncApiKeysWithStreamingResponse",
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
