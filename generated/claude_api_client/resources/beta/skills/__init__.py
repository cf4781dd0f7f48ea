# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.skills` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_skills import AsyncBetaSkills as AsyncSkills
    from claude_api_client.resources.beta_skills import (
        AsyncBetaSkillsWithRawResponse as AsyncSkillsWithRawResponse,
    )
    from claude_api_client.resources.beta_skills import (
        AsyncBetaSkillsWithStreamingResponse as AsyncSkillsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_skills import BetaSkills as Skills
    from claude_api_client.resources.beta_skills import (
        BetaSkillsWithRawResponse as SkillsWithRawResponse,
    )
    from claude_api_client.resources.beta_skills import (
        BetaSkillsWithStreamingResponse as SkillsWithStreamingResponse,
    )
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
    "AsyncSkills": ("claude_api_client.resources.beta_skills", "AsyncBetaSkills"),
    "AsyncSkillsWithRawResponse": (
        "claude_api_client.resources.beta_skills",
        "AsyncBetaSkillsWithRawResponse",
    ),
    "AsyncSkillsWithStreamingResponse": (
        "claude_api_client.resources.beta_skills",
        "AsyncBetaSkillsWithStreamingResponse",
    ),
    "AsyncVersions": ("claude_api_client.resources.beta_skills_versions", "AsyncBetaVersions"),
    "AsyncVersionsWithRawResponse": (
        "claude_api_client.resources.beta_skills_versions",
        "AsyncBetaVersionsWithRawResponse",
    ),
    "AsyncVersionsWithStreamingResponse": (
        "claude_api_client.resources.beta_skills_versions",
        "AsyncBetaVersionsWithStreamingResponse",
    ),
    "Skills": ("claude_api_client.resources.beta_skills", "BetaSkills"),
    "SkillsWithRawResponse": (
        "claude_api_client.resources.beta_skills",
        "BetaSkillsWithRawResponse",
    ),
    "SkillsWithStreamingResponse": (
        "claude_api_client.resources.beta_skills",
        "BetaSkillsWithStreamingResponse",
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
