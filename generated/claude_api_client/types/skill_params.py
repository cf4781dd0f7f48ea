# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.skill_params`: the official path of these types."""

from __future__ import annotations

from ._params.container_skill_param import ContainerSkillParam as SkillParams

__all__ = [
    "SkillParams",
]
