# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .managed_agents_agent_union_params import ManagedAgentsAgentUnionParams
from .managed_agents_budget import ManagedAgentsBudget
from .managed_agents_deployment_initial_event_params import (
    ManagedAgentsDeploymentInitialEventParams,
)
from .managed_agents_schedule_params import ManagedAgentsScheduleParams
from .managed_agents_session_resource_params import ManagedAgentsSessionResourceParams


class ManagedAgentsCreateDeploymentParams(TypedDict):
    """
    Request body that creates a deployment.
    """

    name: str
    """
    Human-readable name.
    """
    description: NotRequired[str | None]
    """
    Free-text description.
    """
    agent: ManagedAgentsAgentUnionParams
    """
    The agent, or which agent to use.
    """
    environment_id: str
    """
    ID of the environment.
    """
    vault_ids: NotRequired[list[str]]
    """
    Vaults whose credentials the session may use.
    """
    initial_events: list[ManagedAgentsDeploymentInitialEventParams]
    """
    Events sent when a session starts.
    """
    resources: NotRequired[list[ManagedAgentsSessionResourceParams]]
    """
    Resources attached.
    """
    metadata: NotRequired[dict[str, str]]
    """
    Your own key-value labels.
    """
    schedule: NotRequired[ManagedAgentsScheduleParams | None]
    """
    When runs start.
    """
    budget: NotRequired[ManagedAgentsBudget | None]
    """
    Spending limits.
    """
