# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_anthropic_skill_params`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_anthropic_skill_params import (
    ManagedAgentsAnthropicSkillParams as ManagedAgentsAnthropicSkillParams,
)

__all__ = [
    "ManagedAgentsAnthropicSkillParams",
]
