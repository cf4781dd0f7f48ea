# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.analytics.artifacts` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_analytics_artifacts import (
        AsyncBetaArtifacts as AsyncArtifacts,
    )
    from claude_api_client.resources.beta_organization_analytics_artifacts import (
        AsyncBetaArtifactsWithRawResponse as AsyncArtifactsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_artifacts import (
        AsyncBetaArtifactsWithStreamingResponse as AsyncArtifactsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_artifacts import (
        BetaArtifacts as Artifacts,
    )
    from claude_api_client.resources.beta_organization_analytics_artifacts import (
        BetaArtifactsWithRawResponse as ArtifactsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics_artifacts import (
        BetaArtifactsWithStreamingResponse as ArtifactsWithStreamingResponse,
    )

__all__ = [
    "Artifacts",
    "ArtifactsWithRawResponse",
    "ArtifactsWithStreamingResponse",
    "AsyncArtifacts",
    "AsyncArtifactsWithRawResponse",
    "AsyncArtifactsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "Artifacts": (
        "claude_api_client.resources.beta_organization_analytics_artifacts",
        "BetaArtifacts",
    ),
    "ArtifactsWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_artifacts",
        "BetaArtifactsWithRawResponse",
    ),
    "ArtifactsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_artifacts",
        "BetaArtifactsWithStreamingResponse",
    ),
    "AsyncArtifacts": (
        "claude_api_client.resources.beta_organization_analytics_artifacts",
        "AsyncBetaArtifacts",
    ),
    "AsyncArtifactsWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics_artifacts",
        "AsyncBetaArtifactsWithRawResponse",
    ),
    "AsyncArtifactsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics_artifacts",
        "AsyncBetaArtifactsWithStreamingResponse",
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
