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
    """Always `deployment`."""
    id: str
    """ID of the deployment."""
    name: str
    """Name of the deployment."""
    description: str | None = None
    """What the deployment is for, in your own words; null when not given."""
    agent: ManagedAgentsAgentReference
    """The agent the deployment runs: its ID, or an ID with a pinned version."""
    environment_id: str
    """ID of the environment."""
    vault_ids: list[str]
    """Vaults whose credentials the session may use."""
    initial_events: list[ManagedAgentsDeploymentInitialEvent]
    """Events sent when a session starts."""
    resources: list[ManagedAgentsSessionResourceConfig]
    """Resources attached."""
    metadata: dict[str, str]
    """Your own key-value labels on the deployment."""
    schedule: ManagedAgentsSchedule | None = None
    """When runs start."""
    status: ManagedAgentsDeploymentStatus
    """Current status."""
    paused_reason: ManagedAgentsDeploymentPausedReason | None = None
    """Why the deployment is paused, or null."""
    budget: ManagedAgentsBudget | None = None
    """Spending limits of the deployment."""
    created_at: Timestamp
    """When the deployment was created (RFC 3339)."""
    updated_at: Timestamp
    """When the deployment last changed (RFC 3339)."""
    archived_at: Timestamp | None = None
    """When the deployment was archived (RFC 3339); null while it is not."""
