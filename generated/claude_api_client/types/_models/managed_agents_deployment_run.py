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
    """Always `deployment_run`."""
    id: str
    """ID of the deployment run."""
    deployment_id: str
    """ID of the deployment."""
    trigger_context: ManagedAgentsTriggerContext
    """What started the run: its schedule or a manual request."""
    session_id: str | None = None
    """ID of the session."""
    error: ManagedAgentsRunError | None = None
    """What went wrong."""
    agent: ManagedAgentsAgentReference
    """The agent the deployment run runs: its ID, or an ID with a pinned version."""
    created_at: Timestamp
    """When the deployment run was created (RFC 3339)."""
