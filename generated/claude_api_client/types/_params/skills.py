# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from .container_skill_param import ContainerSkillParam

Skills: TypeAlias = Sequence[ContainerSkillParam]
"""
Skills to load into the container.
"""
