# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.beta_managed_agents_caller_identity`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_caller_identity import (
    ManagedAgentsCallerIdentity as BetaManagedAgentsCallerIdentity,
)

__all__ = [
    "BetaManagedAgentsCallerIdentity",
]
