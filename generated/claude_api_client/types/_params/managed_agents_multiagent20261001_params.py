# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .managed_agents_multiagent_advisor_params import (
    ManagedAgentsMultiagentAdvisorParams,
)
from .managed_agents_multiagent_subagents_params import (
    ManagedAgentsMultiagentSubagentsParams,
)
from .managed_agents_multiagent_workflows_params import (
    ManagedAgentsMultiagentWorkflowsParams,
)


class ManagedAgentsMultiagent20261001Params(TypedDict):
    """
    Multiagent configuration of 2026-10-01; on update it merges into a stored one of the same type, key by key.
    """

    type: Literal["multiagent_20261001"]
    """
    Always `multiagent_20261001`.
    """
    advisor: NotRequired[ManagedAgentsMultiagentAdvisorParams | None]
    """
    Whether the primary thread may consult an advisor model; disabled when omitted.
    """
    subagents: NotRequired[ManagedAgentsMultiagentSubagentsParams | None]
    """
    Whether the agent may spawn session threads; enabled when omitted.
    """
    workflows: NotRequired[ManagedAgentsMultiagentWorkflowsParams | None]
    """
    Whether the agent may start workflow runs; enabled when omitted.
    """
