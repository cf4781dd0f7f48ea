# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.container_skill_param`: the official path of these types."""

from __future__ import annotations

from ._params.container_skill_param import ContainerSkillParam as ContainerSkillParam

__all__ = [
    "ContainerSkillParam",
]
