# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.analytics.connectors` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_analytics_connectors import (
        AsyncBetaConnectors as AsyncConnectors,
    )
    from claude_api_client.resources.beta_organization_analytics_connectors import (
        AsyncBetaConnectorsWithRawResponse as AsyncConnectorsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_connectors import (
        AsyncBetaConnectorsWithStreamingResponse as AsyncConnectorsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_connectors import (
        BetaConnectors as Connectors,
    )
    from claude_api_client.resources.beta_organization_analytics_connectors import (
        BetaConnectorsWithRawResponse as ConnectorsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_connectors import (
        BetaConnectorsWithStreamingResponse as ConnectorsWithStreamingResponse,
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
        "claude_api_client.resources.beta_organization_analytics_connectors",
        "AsyncBetaConnectors",
    ),
    "AsyncConnectorsWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_connectors",
        "AsyncBetaConnectorsWithRawResponse",
    ),
    "AsyncConnectorsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_connectors",
        "AsyncBetaConnectorsWithStreamingResponse",
    ),
    "Connectors": (
        "claude_api_client.resources.beta_organization_analytics_connectors",
        "BetaConnectors",
    ),
    "ConnectorsWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_connectors",
        "BetaConnectorsWithRawResponse",
    ),
    "ConnectorsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_connectors",
        "BetaConnectorsWithStreamingResponse",
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
