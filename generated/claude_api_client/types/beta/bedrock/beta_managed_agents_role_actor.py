# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.beta_managed_agents_role_actor`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_role_actor import (
    ManagedAgentsRoleActor as BetaManagedAgentsRoleActor,
)

__all__ = [
    "BetaManagedAgentsRoleActor",
]
