# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

AnalyticsUsageCostProductFilterParam: TypeAlias = Literal[
    "chat",
    "chat_cowork_unified",
    "claude_code",
    "claude_console",
    "claude_design",
    "claude_in_chrome",
    "claude_tag",
    "cowork",
    "managed_agents_api",
    "message_batches_api",
    "messages_api",
    "office_agent",
]
"""
Products the cost and usage breakdowns can filter by.
"""
