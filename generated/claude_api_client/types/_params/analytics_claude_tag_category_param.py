# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

AnalyticsClaudeTagCategoryParam: TypeAlias = Literal[
    "dm", "engaged", "monitoring", "proactive", "scheduled"
]
"""
Categories of Claude tag usage.
"""
