# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

AnalyticsCostOrderByParam: TypeAlias = Literal["amount", "list_amount", "time"]
"""
Fields the cost breakdown can be sorted by.
"""
