# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_always_allow_policy_param import (
    ManagedAgentsAlwaysAllowPolicyParam,
)
from .managed_agents_always_ask_policy_param import ManagedAgentsAlwaysAskPolicyParam
from .managed_agents_auto_policy_param import ManagedAgentsAutoPolicyParam

ManagedAgentsMemoryToolConfigPermissionPolicyParam: TypeAlias = (
    ManagedAgentsAlwaysAllowPolicyParam
    | ManagedAgentsAlwaysAskPolicyParam
    | ManagedAgentsAutoPolicyParam
)
"""
Bedrock: whether a memory tool call runs, waits for confirmation, or is judged by the server, told apart by `type`.
"""
