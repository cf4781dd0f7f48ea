# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_bedrock_session_multiagent_coordinator`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_bedrock_session_multiagent_coordinator import (
    ManagedAgentsBedrockSessionMultiagentCoordinator as BetaManagedAgentsBedrockSessionMultiagentCoordinator,
)

__all__ = [
    "BetaManagedAgentsBedrockSessionMultiagentCoordinator",
]
