# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.container_skill_type`: the official path of these types."""

from __future__ import annotations

from ._models.container_skill_type import ContainerSkillType as ContainerSkillType

__all__ = [
    "ContainerSkillType",
]
