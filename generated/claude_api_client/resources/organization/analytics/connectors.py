# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.analytics.connectors` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.organization_analytics_connectors import (
        AsyncConnectors as AsyncConnectors,
    )
    from claude_api_client.resources.organization_analytics_connectors import (
        AsyncConnectorsWithRawResponse as AsyncConnectorsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_connectors import (
        AsyncConnectorsWithStreamingResponse as AsyncConnectorsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_analytics_connectors import (
        Connectors as Connectors,
    )
    from claude_api_client.resources.organization_analytics_connectors import (
        ConnectorsWithRawResponse as ConnectorsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_connectors import (
        ConnectorsWithStreamingResponse as ConnectorsWithStreamingResponse,
    )

__all__ = [
    "AsyncConnectors",
    "AsyncConnectorsWithRawResponse",
    "AsyncConnectorsWithStreamingResponse",
    "Connectors",
    "ConnectorsWithRawResponse",
    "ConnectorsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncConnectors": (
        "claude_api_client.resources.organization_analytics_connectors",
        "AsyncConnectors",
    ),
    "AsyncConnectorsWithRawResponse": (
        "claude_api_client.resources.organization_analytics_connectors",
        "AsyncConnectorsWithRawResponse",
    ),
    "AsyncConnectorsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_connectors",
        "AsyncConnectorsWithStreamingResponse",
    ),
    "Connectors": ("claude_api_client.resources.organization_analytics_connectors", "Connectors"),
    "ConnectorsWithRawResponse": (
        "claude_api_client.resources.organization_analytics_connectors",
        "ConnectorsWithRawResponse",
    ),
    "ConnectorsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_connectors",
        "ConnectorsWithStreamingResponse",
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
