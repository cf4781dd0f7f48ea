# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .container_skill_type import ContainerSkillType


class ContainerSkill(APIModel):
    """A skill loaded in the container."""

    skill_id: str
    """Id of the skill."""
    type: ContainerSkillType
    """Where the skill comes from: `anthropic` (built in) or `custom`."""
    version: str
    """Version that was loaded."""
