# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.dreams` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_dreams import AsyncBetaDreams as AsyncDreams
    from claude_api_client.resources.beta_dreams import (
        AsyncBetaDreamsWithRawResponse as AsyncDreamsWithRawResponse,
    )
    from claude_api_client.resources.beta_dreams import (
        AsyncBetaDreamsWithStreamingResponse as AsyncDreamsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_dreams import BetaDreams as Dreams
    from claude_api_client.resources.beta_dreams import (
        BetaDreamsWithRawResponse as DreamsWithRawResponse,
    )
    from claude_api_client.resources.beta_dreams import (
        BetaDreamsWithStreamingResponse as DreamsWithStreamingResponse,
    )

__all__ = [
    "AsyncDreams",
    "AsyncDreamsWithRawResponse",
    "AsyncDreamsWithStreamingResponse",
    "Dreams",
    "DreamsWithRawResponse",
    "DreamsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncDreams": ("claude_api_client.resources.beta_dreams", "AsyncBetaDreams"),
    "AsyncDreamsWithRawResponse": (
        "claude_api_client.resources.beta_dreams",
        "AsyncBetaDreamsWithRawResponse",
    ),
    "AsyncDreamsWithStreamingResponse": (
        "claude_api_client.resources.beta_dreams",
        "AsyncBetaDreamsWithStreamingResponse",
    ),
    "Dreams": ("claude_api_client.resources.beta_dreams", "BetaDreams"),
    "DreamsWithRawResponse": (
        "claude_api_client.resources.beta_dreams",
        "BetaDreamsWithRawResponse",
    ),
    "DreamsWithStreamingResponse": (
        "claude_api_client.resources.beta_dreams",
        "BetaDreamsWithStreamingResponse",
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
