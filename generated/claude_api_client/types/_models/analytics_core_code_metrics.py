# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .analytics_lines_of_code import AnalyticsLinesOfCode


class AnalyticsCoreCodeMetrics(APIModel):
    """Coding activity in Claude Code."""

    artifacts_created_count: int
    """Number of artifacts created."""
    commit_count: int
    """Number of commits."""
    distinct_session_count: int | None = None
    """Number of distinct sessions."""
    lines_of_code: AnalyticsLinesOfCode
    """Activity in lines of code."""
    pull_request_count: int
    """Number of pull requests."""
