# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_multiagent_inline_agents_disabled_params import (
    ManagedAgentsMultiagentInlineAgentsDisabledParams,
)
from .managed_agents_multiagent_inline_agents_enabled_params import (
    ManagedAgentsMultiagentInlineAgentsEnabledParams,
)

ManagedAgentsMultiagentInlineAgentsParams: TypeAlias = (
    ManagedAgentsMultiagentInlineAgentsEnabledParams
    | ManagedAgentsMultiagentInlineAgentsDisabledParams
)
"""
Request form of the inline-agents switch, told apart by `type`.
"""
