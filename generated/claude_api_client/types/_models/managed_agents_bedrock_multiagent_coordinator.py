# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_agent_reference import ManagedAgentsAgentReference


class ManagedAgentsBedrockMultiagentCoordinator(APIModel):
    """Bedrock: multiagent coordinator."""

    agents: list[ManagedAgentsAgentReference]
    """The agents involved."""
    type: Literal["coordinator"]
    """Always `coordinator`."""
