# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .analytics_plugin_chat_cowork_unified_metrics import (
    AnalyticsPluginChatCoworkUnifiedMetrics,
)
from .analytics_plugin_claude_code_metrics import AnalyticsPluginClaudeCodeMetrics
from .analytics_plugin_cowork_metrics import AnalyticsPluginCoworkMetrics


class AnalyticsPluginActivity(APIModel):
    """Use of one plugin over the period."""

    claude_code_metrics: AnalyticsPluginClaudeCodeMetrics
    """Activity in Claude Code."""
    cowork_metrics: AnalyticsPluginCoworkMetrics
    """Activity in Cowork."""
    distinct_user_count: int
    """Number of different users."""
    install_count: int | None = None
    """Times it was installed."""
    invocation_count: int
    """Number of invocations."""
    plugin_id: str | None = None
    """ID of the plugin."""
    plugin_name: str
    """The plugin's name."""
    chat_cowork_unified_metrics: AnalyticsPluginChatCoworkUnifiedMetrics | None = None
    """Activity in chat and Cowork together."""
    product: str | None = None
    """The product the row is for (`chat`, `claude_code`, `cowork` …), when grouped by product."""
    rbac_group_id: str | None = None
    """ID of the group the row is for, when grouped by group."""
    rbac_group_name: str | None = None
    """Name of the group the row is for, when grouped by group."""
    user_id: str | None = None
    """ID of the user the row is for, when grouped by user."""
