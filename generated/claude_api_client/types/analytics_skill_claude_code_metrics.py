# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_skill_claude_code_metrics`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_skill_claude_code_metrics import (
    AnalyticsSkillClaudeCodeMetrics as AnalyticsSkillClaudeCodeMetrics,
)

__all__ = [
    "AnalyticsSkillClaudeCodeMetrics",
]
