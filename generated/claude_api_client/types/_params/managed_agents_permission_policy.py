# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_always_allow_policy import ManagedAgentsAlwaysAllowPolicy
from .managed_agents_always_ask_policy import ManagedAgentsAlwaysAskPolicy

ManagedAgentsPermissionPolicy: TypeAlias = (
    ManagedAgentsAlwaysAllowPolicy | ManagedAgentsAlwaysAskPolicy
)
"""
One of the permission policy shapes, told apart by `type`.
"""
