# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_multiagent_advisor import ManagedAgentsMultiagentAdvisor
from .managed_agents_session_multiagent_subagents import (
    ManagedAgentsSessionMultiagentSubagents,
)
from .managed_agents_session_multiagent_workflows import (
    ManagedAgentsSessionMultiagentWorkflows,
)


class ManagedAgentsSessionMultiagent20261001(APIModel):
    """Multiagent configuration of 2026-10-01 as copied to the session when it was created."""

    type: Literal["multiagent_20261001"]
    """Always `multiagent_20261001`."""
    advisor: ManagedAgentsMultiagentAdvisor
    """Whether the primary thread may consult an advisor model."""
    subagents: ManagedAgentsSessionMultiagentSubagents
    """Whether the agent may spawn session threads."""
    workflows: ManagedAgentsSessionMultiagentWorkflows
    """Whether the agent may start workflow runs."""
