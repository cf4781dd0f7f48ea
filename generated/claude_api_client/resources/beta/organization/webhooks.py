# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.webhooks` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_webhooks import (
        AsyncBetaWebhooks as AsyncWebhooks,
    )
    from claude_api_client.resources.beta_organization_webhooks import (
        AsyncBetaWebhooksWithRawResponse as AsyncWebhooksWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_webhooks import (
        AsyncBetaWebhooksWithStreamingResponse as AsyncWebhooksWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_webhooks import BetaWebhooks as Webhooks
    from claude_api_client.resources.beta_organization_webhooks import (
        BetaWebhooksWithRawResponse as WebhooksWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_webhooks import (
        BetaWebhooksWithStreamingResponse as WebhooksWithStreamingResponse,
    )

__all__ = [
    "AsyncWebhooks",
    "AsyncWebhooksWithRawResponse",
    "AsyncWebhooksWithStreamingResponse",
    "Webhooks",
    "WebhooksWithRawResponse",
    "WebhooksWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncWebhooks": (
        "claude_api_client.resources.beta_organization_webhooks",
        "AsyncBetaWebhooks",
    ),
    "AsyncWebhooksWithRawResponse": (
        "claude_api_client.resources.beta_organization_webhooks",
        "AsyncBetaWebhooksWithRawResponse",
    ),
    "AsyncWebhooksWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_webhooks",
        "AsyncBetaWebhooksWithStreamingResponse",
    ),
    "Webhooks": ("claude_api_client.resources.beta_organization_webhooks", "BetaWebhooks"),
    "WebhooksWithRawResponse": (
        "claude_api_client.resources.beta_organization_webhooks",
        "BetaWebhooksWithRawResponse",
    ),
    "WebhooksWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_webhooks",
        "BetaWebhooksWithStreamingResponse",
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
