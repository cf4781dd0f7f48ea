# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .analytics_connector_chat_cowork_unified_metrics import (
    AnalyticsConnectorChatCoworkUnifiedMetrics,
)
from .analytics_connector_chat_metrics import AnalyticsConnectorChatMetrics
from .analytics_connector_claude_code_metrics import AnalyticsConnectorClaudeCodeMetrics
from .analytics_connector_cowork_metrics import AnalyticsConnectorCoworkMetrics
from .analytics_connector_office_metrics import AnalyticsConnectorOfficeMetrics


class AnalyticsConnectorActivity(APIModel):
    """Use of one connector over the period."""

    chat_metrics: AnalyticsConnectorChatMetrics
    """Activity in Claude chat."""
    claude_code_metrics: AnalyticsConnectorClaudeCodeMetrics
    """Activity in Claude Code."""
    connector_display_name: str | None = None
    """The connector's name for people to read."""
    connector_name: str
    """The connector's name."""
    cowork_metrics: AnalyticsConnectorCoworkMetrics
    """Activity in Cowork."""
    distinct_user_count: int
    """Number of different users."""
    individual_auth_distinct_user_count: int | None = None
    """Users who connected with their own credential."""
    managed_auth_distinct_user_count: int | None = None
    """Users who connected with an organization-managed credential."""
    office_metrics: AnalyticsConnectorOfficeMetrics
    """Activity in the Office add-ins."""
    read_call_count: int | None = None
    """Number of read calls."""
    unclassified_call_count: int | None = None
    """Number of unclassified calls."""
    write_call_count: int | None = None
    """Number of write calls."""
    chat_cowork_unified_metrics: AnalyticsConnectorChatCoworkUnifiedMetrics | None = None
    """Activity in chat and Cowork together."""
    product: str | None = None
    """The product the row is for (`chat`, `claude_code`, `cowork` …), when grouped by product."""
    rbac_group_id: str | None = None
    """ID of the group the row is for, when grouped by group."""
    rbac_group_name: str | None = None
    """Name of the group the row is for, when grouped by group."""
    user_id: str | None = None
    """ID of the user the row is for, when grouped by user."""
