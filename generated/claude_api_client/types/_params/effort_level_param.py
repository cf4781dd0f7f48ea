# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

EffortLevelParam: TypeAlias = Literal["low", "medium", "high", "xhigh", "max"]
"""
How much effort the model puts into a reply.
"""
