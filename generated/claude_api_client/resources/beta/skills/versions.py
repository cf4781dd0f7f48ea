# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.skills.versions` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_skills_versions import AsyncBetaVersions as AsyncVersions
    from claude_api_client.resources.beta_skills_versions import (
        AsyncBetaVersionsWithRawResponse as AsyncVersionsWithRawResponse,
    )
    from claude_api_client.resources.beta_skills_versions import (
        AsyncBetaVersionsWithStreamingResponse as AsyncVersionsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_skills_versions import BetaVersions as Versions
    from claude_api_client.resources.beta_skills_versions import (
        BetaVersionsWithRawResponse as VersionsWithRawResponse,
    )
    from claude_api_client.resources.beta_skills_versions import (
        BetaVersionsWithStreamingResponse as VersionsWithStreamingResponse,
    )

__all__ = [
    "AsyncVersions",
    "AsyncVersionsWithRawResponse",
    "AsyncVersionsWithStreamingResponse",
    "Versions",
    "VersionsWithRawResponse",
    "VersionsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncVersions": ("claude_api_client.resources.beta_skills_versions", "AsyncBetaVersions"),
    "AsyncVersionsWithRawResponse": (
        "claude_api_client.resources.beta_skills_versions",
        "AsyncBetaVersionsWithRawResponse",
    ),
    "AsyncVersionsWithStreamingResponse": (
        "claude_api_client.resources.beta_skills_versions",
        "AsyncBetaVersionsWithStreamingResponse",
    ),
    "Versions": ("claude_api_client.resources.beta_skills_versions", "BetaVersions"),
    "VersionsWithRawResponse": (
        "claude_api_client.resources.beta_skills_versions",
        "BetaVersionsWithRawResponse",
    ),
    "VersionsWithStreamingResponse": (
        "claude_api_client.resources.beta_skills_versions",
        "BetaVersionsWithStreamingResponse",
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
