# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_effort_level_param import ManagedAgentsEffortLevelParam
from .managed_agents_effort_param import ManagedAgentsEffortParam

ManagedAgentsEffortParams: TypeAlias = ManagedAgentsEffortLevelParam | ManagedAgentsEffortParam
"""
A effort params.
"""
