# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .managed_agents_multiagent_inline_agents_params import (
    ManagedAgentsMultiagentInlineAgentsParams,
)
from .predefined_agents1 import PredefinedAgents


class ManagedAgentsMultiagentWorkflowsEnabledParams(TypedDict):
    """
    Lets the agent start workflow runs.
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
    The saved agents a run's plan may use (at most 20); null or empty means none.
    """
