# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.beta_managed_agents_sandbox_path_skill`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_sandbox_path_skill import (
    ManagedAgentsSandboxPathSkill as BetaManagedAgentsSandboxPathSkill,
)

__all__ = [
    "BetaManagedAgentsSandboxPathSkill",
]
