# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .managed_agents_agent_union_params import ManagedAgentsAgentUnionParams
from .managed_agents_budget_param import ManagedAgentsBudgetParam
from .managed_agents_deployment_initial_event_params import (
    ManagedAgentsDeploymentInitialEventParams,
)
from .managed_agents_schedule_params import ManagedAgentsScheduleParams
from .managed_agents_session_resource_params import ManagedAgentsSessionResourceParams


class ManagedAgentsUpdateDeploymentParams(TypedDict):
    """
    Request body that changes a deployment.
    """

    name: NotRequired[str]
    """
    Name of the deployment.
    """
    description: NotRequired[str | None]
    """
    What the deployment is for, in your own words; null when not given.
    """
    agent: NotRequired[ManagedAgentsAgentUnionParams]
    """
    The agent the deployment runs: its ID, or an ID with a pinned version.
    """
    environment_id: NotRequired[str]
    """
    ID of the environment.
    """
    vault_ids: NotRequired[Sequence[str] | None]
    """
    Vaults whose credentials the session may use.
    """
    initial_events: NotRequired[Sequence[ManagedAgentsDeploymentInitialEventParams]]
    """
    Events sent when a session starts.
    """
    resources: NotRequired[Sequence[ManagedAgentsSessionResourceParams] | None]
    """
    Resources attached.
    """
    metadata: NotRequired[Mapping[str, str | None] | None]
    """
    Your own key-value labels on the deployment.
    """
    schedule: NotRequired[ManagedAgentsScheduleParams | None]
    """
    When runs start.
    """
    budget: NotRequired[ManagedAgentsBudgetParam | None]
    """
    Spending limits of the deployment.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
