# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

SpendLimitPeriodParam: TypeAlias = Literal["daily", "monthly", "weekly"]
"""
The period a spend limit resets over.
"""
