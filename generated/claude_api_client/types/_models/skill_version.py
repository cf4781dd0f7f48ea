# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class SkillVersion(APIModel):
    """One uploaded version of a skill."""

    id: str
    """Identifier of the version, used in paths and to pin it."""
    type: Literal["skill_version"]
    """Always `skill_version`."""
    skill_id: str
    """Identifier of the skill this version belongs to."""
    name: str
    """The skill's kebab-case name from SKILL.md, the same in every version."""
    description: str
    """The description found in this version's SKILL.md."""
    directory: str | None = None
    """Top-level directory of the uploaded files."""
    version: str | None = None
    """Version label (a Unix timestamp in microseconds)."""
    created_at: WireDateTime
    """When the version was uploaded."""
