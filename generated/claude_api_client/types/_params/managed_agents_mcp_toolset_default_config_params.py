# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .managed_agents_permission_policy_param import ManagedAgentsPermissionPolicyParam


class ManagedAgentsMCPToolsetDefaultConfigParams(TypedDict):
    """
    Request shape of mcptoolset default config.
    """

    enabled: NotRequired[bool | None]
    """
    Whether the toolset's tools are on unless a per-tool config says otherwise.
    """
    permission_policy: NotRequired[ManagedAgentsPermissionPolicyParam | None]
    """
    When the tool may run without asking.
    """
