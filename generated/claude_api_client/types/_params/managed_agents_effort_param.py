# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_effort_high_param import ManagedAgentsEffortHighParam
from .managed_agents_effort_low_param import ManagedAgentsEffortLowParam
from .managed_agents_effort_max_param import ManagedAgentsEffortMaxParam
from .managed_agents_effort_medium_param import ManagedAgentsEffortMediumParam
from .managed_agents_effort_xhigh_param import ManagedAgentsEffortXhighParam

ManagedAgentsEffortParam: TypeAlias = (
    ManagedAgentsEffortLowParam
    | ManagedAgentsEffortMediumParam
    | ManagedAgentsEffortHighParam
    | ManagedAgentsEffortXhighParam
    | ManagedAgentsEffortMaxParam
)
"""
One of the effort shapes, told apart by `type`.
"""
