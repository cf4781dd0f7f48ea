# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .managed_agents_permission_policy_param import ManagedAgentsPermissionPolicyParam
from .managed_agents_web_fetch_url_sources_params import (
    ManagedAgentsWebFetchURLSourcesParams,
)


class ManagedAgentsWebFetchToolConfigParams(TypedDict):
    """
    Request shape of web fetch tool config.
    """

    type: NotRequired[Literal["web_fetch"]]
    """
    Always `web_fetch`.
    """
    name: Literal["web_fetch"]
    """
    Always `web_fetch`: the tool this entry configures.
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
    max_content_tokens: NotRequired[int | None]
    """
    Most tokens of fetched content kept.
    """
    url_sources: NotRequired[ManagedAgentsWebFetchURLSourcesParams | None]
    """
    Which sources contribute URLs the tool may fetch; left out, every source does.
    """
