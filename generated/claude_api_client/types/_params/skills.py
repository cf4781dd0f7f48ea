# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .container_skill_param import ContainerSkillParam

Skills: TypeAlias = list[ContainerSkillParam]
"""
Skills to load into the container.
"""
