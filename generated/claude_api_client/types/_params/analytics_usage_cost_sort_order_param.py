# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

AnalyticsUsageCostSortOrderParam: TypeAlias = Literal["asc", "desc"]
"""
Sort direction of a breakdown.
"""
