# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.claude_tag.bundles` of the official package: its names, lazily."""

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
    from claude_api_client.resources.beta_organization_claude_tag_bundles_targets import (
        AsyncBetaTargets as AsyncTargets,
    )
    from claude_api_client.resources.beta_organization_claude_tag_bundles_targets import (
        AsyncBetaTargetsWithRawResponse as AsyncTargetsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag_bundles_targets import (
        AsyncBetaTargetsWithStreamingResponse as AsyncTargetsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag_bundles_targets import (
        BetaTargets as Targets,
    )
    from claude_api_client.resources.beta_organization_claude_tag_bundles_targets import (
        BetaTargetsWithRawResponse as TargetsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag_bundles_targets import (
        BetaTargetsWithStreamingResponse as TargetsWithStreamingResponse,
    )

__all__ = [
    "AsyncBundles",
    "AsyncBundlesWithRawResponse",
    "AsyncBundlesWithStreamingResponse",
    "AsyncTargets",
    "AsyncTargetsWithRawResponse",
    "AsyncTargetsWithStreamingResponse",
    "Bundles",
    "BundlesWithRawResponse",
    "BundlesWithStreamingResponse",
    "Targets",
    "TargetsWithRawResponse",
    "TargetsWithStreamingResponse",
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
    "AsyncTargets": (
        "claude_api_client.resources.beta_organization_claude_tag_bundles_targets",
        "AsyncBetaTargets",
    ),
    "AsyncTargetsWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_tag_bundles_targets",
        "AsyncBetaTargetsWithRawResponse",
    ),
    "AsyncTargetsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_tag_bundles_targets",
        "AsyncBetaTargetsWithStreamingResponse",
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
    "Targets": (
        "claude_api_client.resources.beta_organization_claude_tag_bundles_targets",
        "BetaTargets",
    ),
    "TargetsWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_tag_bundles_targets",
        "BetaTargetsWithRawResponse",
    ),
    "TargetsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_tag_bundles_targets",
        "BetaTargetsWithStreamingResponse",
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
