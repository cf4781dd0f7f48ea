# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

AnalyticsCostOrderBy: TypeAlias = Literal["amount", "list_amount", "time"]
"""
Values of analytics Cost Order By.
"""
