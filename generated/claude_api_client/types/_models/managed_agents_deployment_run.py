# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_agent_reference import ManagedAgentsAgentReference
from .managed_agents_run_error import ManagedAgentsRunError
from .managed_agents_trigger_context import ManagedAgentsTriggerContext
from .timestamp import Timestamp


class ManagedAgentsDeploymentRun(APIModel):
    """One run a deployment started: its trigger, its session, and its error if it failed."""

    type: Literal["deployment_run"]
    id: str
    deployment_id: str
    trigger_context: ManagedAgentsTriggerContext
    session_id: str | None
    error: ManagedAgentsRunError | None
    agent: ManagedAgentsAgentReference
    created_at: Timestamp
