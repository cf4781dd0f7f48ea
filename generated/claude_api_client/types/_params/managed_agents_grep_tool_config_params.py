# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .managed_agents_permission_policy_param import ManagedAgentsPermissionPolicyParam


class ManagedAgentsGrepToolConfigParams(TypedDict):
    """
    Request shape of grep tool config.
    """

    type: NotRequired[Literal["grep"]]
    """
    Always `grep`.
    """
    name: Literal["grep"]
    """
    Always `grep`: the tool this entry configures.
    """
    enabled: NotRequired[bool | None]
    """
    Whether the agent may use this tool.
    """
    permission_policy: NotRequired[ManagedAgentsPermissionPolicyParam | None]
    """
    When the tool may run without asking.
    """
