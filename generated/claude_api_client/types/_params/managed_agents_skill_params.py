# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_anthropic_skill_params import ManagedAgentsAnthropicSkillParams
from .managed_agents_custom_skill_params import ManagedAgentsCustomSkillParams

ManagedAgentsSkillParams: TypeAlias = (
    ManagedAgentsAnthropicSkillParams | ManagedAgentsCustomSkillParams
)
"""
One of the skill params shapes, told apart by `type`.
"""
