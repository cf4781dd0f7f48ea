# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_effort import ManagedAgentsEffort
from .managed_agents_effort_level import ManagedAgentsEffortLevel

ManagedAgentsEffortParams: TypeAlias = ManagedAgentsEffortLevel | ManagedAgentsEffort
"""
A effort params.
"""
