# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ManagedAgentsEffortLevelParam: TypeAlias = Literal["low", "medium", "high", "xhigh", "max"]
"""
Values of effort level.
"""
