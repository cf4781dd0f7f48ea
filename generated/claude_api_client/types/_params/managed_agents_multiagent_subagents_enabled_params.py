# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .managed_agents_multiagent_inline_agents_params import (
    ManagedAgentsMultiagentInlineAgentsParams,
)
from .predefined_agents import PredefinedAgents


class ManagedAgentsMultiagentSubagentsEnabledParams(TypedDict):
    """
    Lets the agent spawn session threads.
    """

    type: Literal["enabled"]
    """
    Always `enabled`.
    """
    inline_agents: NotRequired[ManagedAgentsMultiagentInlineAgentsParams | None]
    """
    Whether inline agents (never saved) may be used; enabled when omitted or null.
    """
    predefined_agents: NotRequired[PredefinedAgents | None]
    """
    The saved agents it may spawn as session threads (at most 20); null or empty means none.
    """
