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
    id: str
    name: str
    description: str | None
    agent: ManagedAgentsAgentReference
    environment_id: str
    vault_ids: list[str]
    initial_events: list[ManagedAgentsDeploymentInitialEvent]
    resources: list[ManagedAgentsSessionResourceConfig]
    metadata: dict[str, str]
    schedule: ManagedAgentsSchedule | None
    status: ManagedAgentsDeploymentStatus
    paused_reason: ManagedAgentsDeploymentPausedReason | None
    budget: ManagedAgentsBudget | None = None
    created_at: Timestamp
    updated_at: Timestamp
    archived_at: Timestamp | None
