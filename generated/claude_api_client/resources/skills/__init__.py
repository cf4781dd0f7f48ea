# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.skills` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.skills.skills import AsyncSkills as AsyncSkills
    from claude_api_client.resources.skills.skills import (
        AsyncSkillsWithRawResponse as AsyncSkillsWithRawResponse,
    )
    from claude_api_client.resources.skills.skills import (
        AsyncSkillsWithStreamingResponse as AsyncSkillsWithStreamingResponse,
    )
    from claude_api_client.resources.skills.skills import Skills as Skills
    from claude_api_client.resources.skills.skills import (
        SkillsWithRawResponse as SkillsWithRawResponse,
    )
    from claude_api_client.resources.skills.skills import (
        SkillsWithStreamingResponse as SkillsWithStreamingResponse,
    )
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
    "AsyncSkills",
    "AsyncSkillsWithRawResponse",
    "AsyncSkillsWithStreamingResponse",
    "AsyncVersions",
    "AsyncVersionsWithRawResponse",
    "AsyncVersionsWithStreamingResponse",
    "Skills",
    "SkillsWithRawResponse",
    "SkillsWithStreamingResponse",
    "Versions",
    "VersionsWithRawResponse",
    "VersionsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncSkills": ("claude_api_client.resources.skills.skills", "AsyncSkills"),
    "AsyncSkillsWithRawResponse": (
        "claude_api_client.resources.skills.skills",
        "AsyncSkillsWithRawResponse",
    ),
    "AsyncSkillsWithStreamingResponse": (
        "claude_api_client.resources.skills.skills",
        "AsyncSkillsWithStreamingResponse",
    ),
    "AsyncVersions": ("claude_api_client.resources.skills_versions", "AsyncVersions"),
    "AsyncVersionsWithRawResponse": (
        "claude_api_client.resources.skills_versions",
        "AsyncVersionsWithRawResponse",
    ),
    "AsyncVersionsWithStreamingResponse": (
        "claude_api_client.resources.skills_versions",
        "AsyncVersionsWithStreamingResponse",
    ),
    "Skills": ("claude_api_client.resources.skills.skills", "Skills"),
    "SkillsWithRawResponse": ("claude_api_client.resources.skills.skills", "SkillsWithRawResponse"),
    "SkillsWithStreamingResponse": (
        "claude_api_client.resources.skills.skills",
        "SkillsWithStreamingResponse",
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
