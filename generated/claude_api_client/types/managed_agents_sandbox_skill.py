# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_sandbox_skill`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_sandbox_skill import (
    ManagedAgentsSandboxSkill as ManagedAgentsSandboxSkill,
)

__all__ = [
    "ManagedAgentsSandboxSkill",
]
