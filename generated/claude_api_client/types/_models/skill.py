# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .skill_source import SkillSource


class Skill(APIModel):
    """A reusable bundle of instructions and scripts that Claude can load."""

    id: str
    """Identifier of the skill."""
    type: Literal["skill"]
    """Always `skill`."""
    display_name: str | None = None
    """Label for people; the GA form always sets it."""
    display_title: str | None = None
    """Label for people, as the beta reports it; never shown to the model."""
    source: SkillSource | str
    """Who published the skill; an object under GA, a string such as `custom` under the beta."""
    latest_version_id: str | None = None
    """ID of the newest version, the one `latest` resolves to."""
    latest_version: str | None = None
    """Newest version of the skill, as the beta reports it."""
    created_at: WireDateTime
    """When the skill was created."""
    updated_at: WireDateTime
    """When the skill last changed."""
