# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.plugins.shares` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_plugins_shares import (
        AsyncBetaShares as AsyncShares,
    )
    from claude_api_client.resources.beta_organization_plugins_shares import (
        AsyncBetaSharesWithRawResponse as AsyncSharesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_plugins_shares import (
        AsyncBetaSharesWithStreamingResponse as AsyncSharesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_plugins_shares import BetaShares as Shares
    from claude_api_client.resources.beta_organization_plugins_shares import (
        BetaSharesWithRawResponse as SharesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_plugins_shares import (
        BetaSharesWithStreamingResponse as SharesWithStreamingResponse,
    )

__all__ = [
    "AsyncShares",
    "AsyncSharesWithRawResponse",
    "AsyncSharesWithStreamingResponse",
    "Shares",
    "SharesWithRawResponse",
    "SharesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncShares": (
        "claude_api_client.resources.beta_organization_plugins_shares",
        "AsyncBetaShares",
    ),
    "AsyncSharesWithRawResponse": (
        "claude_api_client.resources.beta_organization_plugins_shares",
        "AsyncBetaSharesWithRawResponse",
    ),
    "AsyncSharesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_plugins_shares",
        "AsyncBetaSharesWithStreamingResponse",
    ),
    "Shares": ("claude_api_client.resources.beta_organization_plugins_shares", "BetaShares"),
    "SharesWithRawResponse": (
        "claude_api_client.resources.beta_organization_plugins_shares",
        "BetaSharesWithRawResponse",
    ),
    "SharesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_plugins_shares",
        "BetaSharesWithStreamingResponse",
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
