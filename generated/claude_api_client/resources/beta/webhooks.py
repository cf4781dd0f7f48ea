# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.webhooks` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.lib.webhooks import AsyncWebhooks as AsyncWebhooks
    from claude_api_client.lib.webhooks import Webhooks as Webhooks

__all__ = [
    "AsyncWebhooks",
    "Webhooks",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncWebhooks": ("claude_api_client.lib.webhooks", "AsyncWebhooks"),
    "Webhooks": ("claude_api_client.lib.webhooks", "Webhooks"),
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
