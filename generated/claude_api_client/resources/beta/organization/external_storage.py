# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.external_storage` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_external_storage import (
        AsyncBetaExternalStorage as AsyncExternalStorage,
    )
    from claude_api_client.resources.beta_organization_external_storage import (
        AsyncBetaExternalStorageWithRawResponse as AsyncExternalStorageWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_external_storage import (
        AsyncBetaExternalStorageWithStreamingResponse as AsyncExternalStorageWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_external_storage import (
        BetaExternalStorage as ExternalStorage,
    )
    from claude_api_client.resources.beta_organization_external_storage import (
        BetaExternalStorageWithRawResponse as ExternalStorageWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_external_storage import (
        BetaExternalStorageWithStreamingResponse as ExternalStorageWithStreamingResponse,
    )

__all__ = [
    "AsyncExternalStorage",
    "AsyncExternalStorageWithRawResponse",
    "AsyncExternalStorageWithStreamingResponse",
    "ExternalStorage",
    "ExternalStorageWithRawResponse",
    "ExternalStorageWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncExternalStorage": (
        "claude_api_client.resources.beta_organization_external_storage",
        "AsyncBetaExternalStorage",
    ),
    "AsyncExternalStorageWithRawResponse": (
        "claude_api_client.resources.beta_organization_external_storage",
        "AsyncBetaExternalStorageWithRawResponse",
    ),
    "AsyncExternalStorageWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_external_storage",
        "AsyncBetaExternalStorageWithStreamingResponse",
    ),
    "ExternalStorage": (
        "claude_api_client.resources.beta_organization_external_storage",
        "BetaExternalStorage",
    ),
    "ExternalStorageWithRawResponse": (
        "claude_api_client.resources.beta_organization_external_storage",
        "BetaExternalStorageWithRawResponse",
    ),
    "ExternalStorageWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_external_storage",
        "BetaExternalStorageWithStreamingResponse",
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
