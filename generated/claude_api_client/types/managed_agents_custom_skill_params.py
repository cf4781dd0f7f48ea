# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_custom_skill_params`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_custom_skill_params import (
    ManagedAgentsCustomSkillParams as ManagedAgentsCustomSkillParams,
)

__all__ = [
    "ManagedAgentsCustomSkillParams",
]
