# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

AnalyticsUserGroupByParam: TypeAlias = Literal["rbac_group_id"]
"""
A dimension user analytics can be broken down by.
"""
