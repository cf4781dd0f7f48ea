# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

AnalyticsProductFilterParam: TypeAlias = Literal[
    "chat",
    "chat_cowork_unified",
    "claude-tag",
    "claude_code",
    "claude_design",
    "claude_in_chrome",
    "cowork",
    "office_agent",
]
"""
Products a usage report can filter by.
"""
