# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_multiagent_inline_agents import ManagedAgentsMultiagentInlineAgents
from .managed_agents_session_thread_agent import ManagedAgentsSessionThreadAgent


class ManagedAgentsSessionMultiagentWorkflowsEnabled(APIModel):
    """The session's agent may start workflow runs."""

    type: Literal["enabled"]
    """Always `enabled`."""
    inline_agents: ManagedAgentsMultiagentInlineAgents
    """Whether inline agents (never saved) may be used."""
    predefined_agents: list[ManagedAgentsSessionThreadAgent]
    """Full definitions of the saved agents a run's plan may use."""
