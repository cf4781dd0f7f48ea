# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .managed_agents_memory_tool_config_permission_policy_param import (
    ManagedAgentsMemoryToolConfigPermissionPolicyParam,
)
from .managed_agents_memory_tool_name_param import ManagedAgentsMemoryToolNameParam


class ManagedAgentsMemoryToolConfigParams(TypedDict):
    """
    Bedrock: the settings of one tool of the memory toolset, as a request gives them.
    """

    name: ManagedAgentsMemoryToolNameParam
    """
    The tool these settings are for.
    """
    type: NotRequired[ManagedAgentsMemoryToolNameParam]
    """
    The tool these settings are for (the same as `name`).
    """
    enabled: NotRequired[bool | None]
    """
    Whether the agent may use the tool; null keeps the toolset's default.
    """
    permission_policy: NotRequired[ManagedAgentsMemoryToolConfigPermissionPolicyParam | None]
    """
    Whether a call of the tool runs, waits for confirmation, or is judged by the server; null keeps the toolset's default.
    """
