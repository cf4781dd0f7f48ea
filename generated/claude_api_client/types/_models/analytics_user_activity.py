# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from datetime import date

from claude_api_client._core._model_base import APIModel

from .analytics_chat_cowork_unified_metrics import AnalyticsChatCoworkUnifiedMetrics
from .analytics_chat_metrics import AnalyticsChatMetrics
from .analytics_claude_code_metrics import AnalyticsClaudeCodeMetrics
from .analytics_claude_tag_metrics import AnalyticsClaudeTagMetrics
from .analytics_cowork_metrics import AnalyticsCoworkMetrics
from .analytics_design_metrics import AnalyticsDesignMetrics
from .analytics_office_metrics import AnalyticsOfficeMetrics
from .analytics_science_metrics import AnalyticsScienceMetrics
from .analytics_user import AnalyticsUser


class AnalyticsUserActivity(APIModel):
    """One user's activity over the period, product by product."""

    chat_metrics: AnalyticsChatMetrics
    """Activity in Claude chat."""
    claude_code_metrics: AnalyticsClaudeCodeMetrics
    """Activity in Claude Code."""
    cowork_metrics: AnalyticsCoworkMetrics
    """Activity in Cowork."""
    design_metrics: AnalyticsDesignMetrics
    """Activity in Claude Design."""
    distinct_user_count: int | None = None
    """Number of different users."""
    office_metrics: AnalyticsOfficeMetrics
    """Activity in the Office add-ins."""
    science_metrics: AnalyticsScienceMetrics
    """Activity in Claude for science."""
    user: AnalyticsUser | None = None
    """The user the row is for."""
    web_search_count: int
    """Web searches."""
    chat_cowork_unified_metrics: AnalyticsChatCoworkUnifiedMetrics | None = None
    """Activity in chat and Cowork together."""
    claude_tag_metrics: AnalyticsClaudeTagMetrics | None = None
    """Activity in Claude tags."""
    last_activity_date: date | None = None
    """The last day the user was active."""
    rbac_group_id: str | None = None
    """ID of the group the row is for, when grouped by group."""
    rbac_group_name: str | None = None
    """Name of the group the row is for, when grouped by group."""
