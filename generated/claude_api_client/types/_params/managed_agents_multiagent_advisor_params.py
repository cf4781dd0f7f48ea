# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_multiagent_advisor_disabled_params import (
    ManagedAgentsMultiagentAdvisorDisabledParams,
)
from .managed_agents_multiagent_advisor_enabled_params import (
    ManagedAgentsMultiagentAdvisorEnabledParams,
)

ManagedAgentsMultiagentAdvisorParams: TypeAlias = (
    ManagedAgentsMultiagentAdvisorEnabledParams | ManagedAgentsMultiagentAdvisorDisabledParams
)
"""
Request form of the advisor switch, told apart by `type`.
"""
