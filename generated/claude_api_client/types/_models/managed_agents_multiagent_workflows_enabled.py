# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_agent_reference import ManagedAgentsAgentReference
from .managed_agents_multiagent_inline_agents import ManagedAgentsMultiagentInlineAgents


class ManagedAgentsMultiagentWorkflowsEnabled(APIModel):
    """The agent may start workflow runs."""

    type: Literal["enabled"]
    """Always `enabled`."""
    inline_agents: ManagedAgentsMultiagentInlineAgents
    """Whether inline agents (never saved) may be used."""
    predefined_agents: list[ManagedAgentsAgentReference]
    """The saved agents a run's plan may use, each pinned to a version."""
