# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.agent_create_params`: the official path of these types."""

from __future__ import annotations

from .._params.managed_agents_create_agent_params import (
    ManagedAgentsCreateAgentParams as AgentCreateParams,
)

__all__ = [
    "AgentCreateParams",
]
