# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.beta_managed_agents_sandbox_path_skill_params`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_sandbox_path_skill_param import (
    ManagedAgentsSandboxPathSkillParam as BetaManagedAgentsSandboxPathSkillParams,
)

__all__ = [
    "BetaManagedAgentsSandboxPathSkillParams",
]
