# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.analytics.artifacts` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.organization_analytics_artifacts import Artifacts as Artifacts
    from claude_api_client.resources.organization_analytics_artifacts import (
        ArtifactsWithRawResponse as ArtifactsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_artifacts import (
        ArtifactsWithStreamingResponse as ArtifactsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_analytics_artifacts import (
        AsyncArtifacts as AsyncArtifacts,
    )
    from claude_api_client.resources.organization_analytics_artifacts import (
        AsyncArtifactsWithRawResponse as AsyncArtifactsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_artifacts import (
        AsyncArtifactsWithStreamingResponse as AsyncArtifactsWithStreamingResponse,
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
    "Artifacts": ("claude_api_client.resources.organization_analytics_artifacts", "Artifacts"),
    "ArtifactsWithRawResponse": (
        "claude_api_client.resources.organization_analytics_artifacts",
        "ArtifactsWithRawResponse",
    ),
    "ArtifactsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_artifacts",
        "ArtifactsWithStreamingResponse",
    ),
    "AsyncArtifacts": (
        "claude_api_client.resources.organization_analytics_artifacts",
        "AsyncArtifacts",
    ),
    "AsyncArtifactsWithRawResponse": (
        "claude_api_client.resources.organization_analytics_artifacts",
        "AsyncArtifactsWithRawResponse",
    ),
    "AsyncArtifactsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_artifacts",
        "AsyncArtifactsWithStreamingResponse",
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
