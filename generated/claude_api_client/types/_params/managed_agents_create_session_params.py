# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .managed_agents_budget import ManagedAgentsBudget
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
    The agent, or which agent to use.
    """
    environment_id: str
    """
    ID of the environment.
    """
    title: NotRequired[str | None]
    """
    Human-readable title.
    """
    metadata: NotRequired[Mapping[str, str]]
    """
    Your own key-value labels.
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
    budget: NotRequired[ManagedAgentsBudget]
    """
    Spending limits.
    """
