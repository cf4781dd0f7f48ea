# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.analytics.skills` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.organization_analytics_skills import AsyncSkills as AsyncSkills
    from claude_api_client.resources.organization_analytics_skills import (
        AsyncSkillsWithRawResponse as AsyncSkillsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_skills import (
        AsyncSkillsWithStreamingResponse as AsyncSkillsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_analytics_skills import Skills as Skills
    from claude_api_client.resources.organization_analytics_skills import (
        SkillsWithRawResponse as SkillsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics_skills import (
        SkillsWithStreamingResponse as SkillsWithStreamingResponse,
    )

__all__ = [
    "AsyncSkills",
    "AsyncSkillsWithRawResponse",
    "AsyncSkillsWithStreamingResponse",
    "Skills",
    "SkillsWithRawResponse",
    "SkillsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncSkills": ("claude_api_client.resources.organization_analytics_skills", "AsyncSkills"),
    "AsyncSkillsWithRawResponse": (
        "claude_api_client.resources.organization_analytics_skills",
        "AsyncSkillsWithRawResponse",
    ),
    "AsyncSkillsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_skills",
        "AsyncSkillsWithStreamingResponse",
    ),
    "Skills": ("claude_api_client.resources.organization_analytics_skills", "Skills"),
    "SkillsWithRawResponse": (
        "claude_api_client.resources.organization_analytics_skills",
        "SkillsWithRawResponse",
    ),
    "SkillsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics_skills",
        "SkillsWithStreamingResponse",
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
