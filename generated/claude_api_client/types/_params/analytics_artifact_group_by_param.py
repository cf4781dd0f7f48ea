# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

AnalyticsArtifactGroupByParam: TypeAlias = Literal["product", "rbac_group_id", "user_id"]
"""
A dimension artifact analytics can be broken down by.
"""
