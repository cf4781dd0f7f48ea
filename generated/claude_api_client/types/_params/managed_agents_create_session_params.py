# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .managed_agents_budget_param import ManagedAgentsBudgetParam
from .managed_agents_create_session_agent_union_params import (
    ManagedAgentsCreateSessionAgentUnionParams,
)
from .managed_agents_session_initial_event_params import (
    ManagedAgentsSessionInitialEventParams,
)
from .managed_agents_session_resource_params import ManagedAgentsSessionResourceParams


class ManagedAgentsCreateSessionParams(TypedDict):
    """
    Request body that starts a session.
    """

    agent: ManagedAgentsCreateSessionAgentUnionParams
    """
    The agent the session runs: its ID, or an ID with a pinned version.
    """
    environment_id: str
    """
    ID of the environment.
    """
    title: NotRequired[str | None]
    """
    Title of the session; null when none.
    """
    metadata: NotRequired[Mapping[str, str]]
    """
    Your own key-value labels on the session.
    """
    resources: NotRequired[Sequence[ManagedAgentsSessionResourceParams]]
    """
    Resources attached.
    """
    vault_ids: NotRequired[Sequence[str]]
    """
    Vaults whose credentials the session may use.
    """
    initial_events: NotRequired[Sequence[ManagedAgentsSessionInitialEventParams]]
    """
    Events sent when a session starts.
    """
    budget: NotRequired[ManagedAgentsBudgetParam]
    """
    Spending limits of the session.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
