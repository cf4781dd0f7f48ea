# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_multiagent_workflows_disabled_params import (
    ManagedAgentsMultiagentWorkflowsDisabledParams,
)
from .managed_agents_multiagent_workflows_enabled_params import (
    ManagedAgentsMultiagentWorkflowsEnabledParams,
)

ManagedAgentsMultiagentWorkflowsParams: TypeAlias = (
    ManagedAgentsMultiagentWorkflowsEnabledParams | ManagedAgentsMultiagentWorkflowsDisabledParams
)
"""
Request form of the workflows switch, told apart by `type`.
"""
