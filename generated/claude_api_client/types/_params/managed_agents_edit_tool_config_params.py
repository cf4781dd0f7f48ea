# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .managed_agents_permission_policy_param import ManagedAgentsPermissionPolicyParam


class ManagedAgentsEditToolConfigParams(TypedDict):
    """
    Request shape of edit tool config.
    """

    type: NotRequired[Literal["edit"]]
    """
    Always `edit`.
    """
    name: Literal["edit"]
    """
    Always `edit`: the tool this entry configures.
    """
    enabled: NotRequired[bool | None]
    """
    Whether the agent may use this tool.
    """
    permission_policy: NotRequired[ManagedAgentsPermissionPolicyParam | None]
    """
    When the tool may run without asking.
    """
