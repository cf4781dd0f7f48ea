# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .managed_agents_permission_policy_param import ManagedAgentsPermissionPolicyParam
from .managed_agents_user_location_param import ManagedAgentsUserLocationParam


class ManagedAgentsWebSearchToolConfigParams(TypedDict):
    """
    Request shape of web search tool config.
    """

    type: NotRequired[Literal["web_search"]]
    """
    Always `web_search`.
    """
    name: Literal["web_search"]
    """
    Always `web_search`: the tool this entry configures.
    """
    enabled: NotRequired[bool | None]
    """
    Whether the agent may use this tool.
    """
    permission_policy: NotRequired[ManagedAgentsPermissionPolicyParam | None]
    """
    When the tool may run without asking.
    """
    allowed_domains: NotRequired[Sequence[str]]
    """
    Only these domains may be reached.
    """
    blocked_domains: NotRequired[Sequence[str]]
    """
    These domains may never be reached.
    """
    user_location: NotRequired[ManagedAgentsUserLocationParam | None]
    """
    Approximate user location to localise results.
    """
