# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_always_allow_policy_param import (
    ManagedAgentsAlwaysAllowPolicyParam,
)
from .managed_agents_always_ask_policy_param import ManagedAgentsAlwaysAskPolicyParam
from .managed_agents_auto_policy_param import ManagedAgentsAutoPolicyParam

ManagedAgentsPermissionPolicyParam: TypeAlias = (
    ManagedAgentsAlwaysAllowPolicyParam
    | ManagedAgentsAlwaysAskPolicyParam
    | ManagedAgentsAutoPolicyParam
)
"""
One of the permission policy shapes, told apart by `type`.
"""
