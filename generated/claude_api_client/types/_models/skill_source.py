# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .skill_source_type import SkillSourceType


class SkillSource(APIModel):
    """Origin of a skill, as the GA form reports it."""

    type: SkillSourceType
    """Who published the skill."""
