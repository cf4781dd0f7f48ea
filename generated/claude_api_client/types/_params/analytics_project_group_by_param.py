# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

AnalyticsProjectGroupByParam: TypeAlias = Literal["rbac_group_id", "user_id"]
"""
A dimension project analytics can be broken down by.
"""
