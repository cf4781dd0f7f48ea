# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.compliance.review.items` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_compliance_review_items import (
        AsyncBetaItems as AsyncItems,
    )
    from claude_api_client.resources.beta_compliance_review_items import (
        AsyncBetaItemsWithRawResponse as AsyncItemsWithRawResponse,
    )
    from claude_api_client.resources.beta_compliance_review_items import (
        AsyncBetaItemsWithStreamingResponse as AsyncItemsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_compliance_review_items import BetaItems as Items
    from claude_api_client.resources.beta_compliance_review_items import (
        BetaItemsWithRawResponse as ItemsWithRawResponse,
    )
    from claude_api_client.resources.beta_compliance_review_items import (
        BetaItemsWithStreamingResponse as ItemsWithStreamingResponse,
    )

__all__ = [
    "AsyncItems",
    "AsyncItemsWithRawResponse",
    "AsyncItemsWithStreamingResponse",
    "Items",
    "ItemsWithRawResponse",
    "ItemsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncItems": ("claude_api_client.resources.beta_compliance_review_items", "AsyncBetaItems"),
    "AsyncItemsWithRawResponse": (
        "claude_api_client.resources.beta_compliance_review_items",
        "AsyncBetaItemsWithRawResponse",
    ),
    "AsyncItemsWithStreamingResponse": (
        "claude_api_client.resources.beta_compliance_review_items",
        "AsyncBetaItemsWithStreamingResponse",
    ),
    "Items": ("claude_api_client.resources.beta_compliance_review_items", "BetaItems"),
    "ItemsWithRawResponse": (
        "claude_api_client.resources.beta_compliance_review_items",
        "BetaItemsWithRawResponse",
    ),
    "ItemsWithStreamingResponse": (
        "claude_api_client.resources.beta_compliance_review_items",
        "BetaItemsWithStreamingResponse",
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
