# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_multiagent_advisor import ManagedAgentsMultiagentAdvisor
from .managed_agents_multiagent_subagents import ManagedAgentsMultiagentSubagents
from .managed_agents_multiagent_workflows import ManagedAgentsMultiagentWorkflows


class ManagedAgentsMultiagent20261001(APIModel):
    """Multiagent configuration of 2026-10-01: advisor, sub-agents and workflows, each switched on or off."""

    type: Literal["multiagent_20261001"]
    """Always `multiagent_20261001`."""
    advisor: ManagedAgentsMultiagentAdvisor
    """Whether the primary thread may consult an advisor model."""
    subagents: ManagedAgentsMultiagentSubagents
    """Whether the agent may spawn session threads."""
    workflows: ManagedAgentsMultiagentWorkflows
    """Whether the agent may start workflow runs."""
