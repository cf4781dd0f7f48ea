# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_effort_high import ManagedAgentsEffortHigh
from .managed_agents_effort_low import ManagedAgentsEffortLow
from .managed_agents_effort_max import ManagedAgentsEffortMax
from .managed_agents_effort_medium import ManagedAgentsEffortMedium
from .managed_agents_effort_xhigh import ManagedAgentsEffortXhigh

ManagedAgentsEffort: TypeAlias = (
    ManagedAgentsEffortLow
    | ManagedAgentsEffortMedium
    | ManagedAgentsEffortHigh
    | ManagedAgentsEffortXhigh
    | ManagedAgentsEffortMax
)
"""
One of the effort shapes, told apart by `type`.
"""
