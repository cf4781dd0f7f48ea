# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_bedrock_session_thread_agent import (
    ManagedAgentsBedrockSessionThreadAgent,
)


class ManagedAgentsBedrockSessionMultiagentCoordinator(APIModel):
    """Bedrock: session multiagent coordinator."""

    agents: list[ManagedAgentsBedrockSessionThreadAgent]
    """The agents involved."""
    type: Literal["coordinator"]
    """Always `coordinator`."""
