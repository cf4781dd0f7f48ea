# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

AnalyticsServiceTierParam: TypeAlias = Literal[
    "batch", "flex", "flex_discount", "priority", "priority_on_demand", "standard"
]
"""
Service tiers a request can run in.
"""
