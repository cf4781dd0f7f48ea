# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.skills.versions` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.skills_versions import AsyncVersions as AsyncVersions
    from claude_api_client.resources.skills_versions import (
        AsyncVersionsWithRawResponse as AsyncVersionsWithRawResponse,
    )
    from claude_api_client.resources.skills_versions import (
        AsyncVersionsWithStreamingResponse as AsyncVersionsWithStreamingResponse,
    )
    from claude_api_client.resources.skills_versions import Versions as Versions
    from claude_api_client.resources.skills_versions import (
        VersionsWithRawResponse as VersionsWithRawResponse,
    )
    from claude_api_client.resources.skills_versions import (
        VersionsWithStreamingResponse as VersionsWithStreamingResponse,
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
    "AsyncVersions": ("claude_api_client.resources.skills_versions", "AsyncVersions"),
    "AsyncVersionsWithRawResponse": (
        "claude_api_client.resources.skills_versions",
        "AsyncVersionsWithRawResponse",
    ),
    "AsyncVersionsWithStreamingResponse": (
        "claude_api_client.resources.skills_versions",
        "AsyncVersionsWithStreamingResponse",
    ),
    "Versions": ("claude_api_client.resources.skills_versions", "Versions"),
    "VersionsWithRawResponse": (
        "claude_api_client.resources.skills_versions",
        "VersionsWithRawResponse",
    ),
    "VersionsWithStreamingResponse": (
        "claude_api_client.resources.skills_versions",
        "VersionsWithStreamingResponse",
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
