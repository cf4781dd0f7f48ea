# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.beta_managed_agents_bedrock_multiagent_coordinator_params`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_bedrock_multiagent_coordinator_params import (
    ManagedAgentsBedrockMultiagentCoordinatorParams as BetaManagedAgentsBedrockMultiagentCoordinatorParams,
)

__all__ = [
    "BetaManagedAgentsBedrockMultiagentCoordinatorParams",
]
