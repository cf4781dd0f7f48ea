# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_agent_reference import ManagedAgentsAgentReference
from .managed_agents_budget import ManagedAgentsBudget
from .managed_agents_deployment_initial_event import ManagedAgentsDeploymentInitialEvent
from .managed_agents_deployment_paused_reason import ManagedAgentsDeploymentPausedReason
from .managed_agents_deployment_status import ManagedAgentsDeploymentStatus
from .managed_agents_schedule import ManagedAgentsSchedule
from .managed_agents_session_resource_config import ManagedAgentsSessionResourceConfig
from .timestamp import Timestamp


class ManagedAgentsDeployment(APIModel):
    """An agent deployed to run in an environment, on a schedule or on demand."""

    type: Literal["deployment"]
    """Object type tag."""
    id: str
    """Unique identifier."""
    name: str
    """Human-readable name."""
    description: str | None = None
    """Free-text description."""
    agent: ManagedAgentsAgentReference
    """The agent, or which agent to use."""
    environment_id: str
    """ID of the environment."""
    vault_ids: list[str]
    """Vaults whose credentials the session may use."""
    initial_events: list[ManagedAgentsDeploymentInitialEvent]
    """Events sent when a session starts."""
    resources: list[ManagedAgentsSessionResourceConfig]
    """Resources attached."""
    metadata: dict[str, str]
    """Your own key-value labels."""
    schedule: ManagedAgentsSchedule | None = None
    """When runs start."""
    status: ManagedAgentsDeploymentStatus
    """Current status."""
    paused_reason: ManagedAgentsDeploymentPausedReason | None = None
    """Why the deployment is paused, or null."""
    budget: ManagedAgentsBudget | None = None
    """Spending limits."""
    created_at: Timestamp
    """When it was created (RFC 3339)."""
    updated_at: Timestamp
    """When it last changed (RFC 3339)."""
    archived_at: Timestamp | None = None
    """When it was archived (RFC 3339), or null."""
