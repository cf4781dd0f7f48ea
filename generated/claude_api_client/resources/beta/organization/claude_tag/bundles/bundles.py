# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.claude_tag.bundles.bundles` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_claude_tag_bundles import (
        AsyncBetaBundles as AsyncBundles,
    )
    from claude_api_client.resources.beta_organization_claude_tag_bundles import (
        AsyncBetaBundlesWithRawResponse as AsyncBundlesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag_bundles import (
        AsyncBetaBundlesWithStreamingResponse as AsyncBundlesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag_bundles import (
        BetaBundles as Bundles,
    )
    from claude_api_client.resources.beta_organization_claude_tag_bundles import (
        BetaBundlesWithRawResponse as BundlesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag_bundles import (
        BetaBundlesWithStreamingResponse as BundlesWithStreamingResponse,
    )

__all__ = [
    "AsyncBundles",
    "AsyncBundlesWithRawResponse",
    "AsyncBundlesWithStreamingResponse",
    "Bundles",
    "BundlesWithRawResponse",
    "BundlesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncBundles": (
        "claude_api_client.resources.beta_organization_claude_tag_bundles",
        "AsyncBetaBundles",
    ),
    "AsyncBundlesWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_tag_bundles",
        "AsyncBetaBundlesWithRawResponse",
    ),
    "AsyncBundlesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_tag_bundles",
        "AsyncBetaBundlesWithStreamingResponse",
    ),
    "Bundles": ("claude_api_client.resources.beta_organization_claude_tag_bundles", "BetaBundles"),
    "BundlesWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_tag_bundles",
        "BetaBundlesWithRawResponse",
    ),
    "BundlesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_tag_bundles",
        "BetaBundlesWithStreamingResponse",
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
