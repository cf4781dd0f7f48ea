# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

AnalyticsConnectorGroupByParam: TypeAlias = Literal["product", "rbac_group_id", "user_id"]
"""
A dimension connector analytics can be broken down by.
"""
