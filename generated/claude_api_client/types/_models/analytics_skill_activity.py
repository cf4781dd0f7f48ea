# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .analytics_skill_activity_share_status import AnalyticsSkillActivityShareStatus
from .analytics_skill_chat_cowork_unified_metrics import (
    AnalyticsSkillChatCoworkUnifiedMetrics,
)
from .analytics_skill_chat_metrics import AnalyticsSkillChatMetrics
from .analytics_skill_claude_code_metrics import AnalyticsSkillClaudeCodeMetrics
from .analytics_skill_cowork_metrics import AnalyticsSkillCoworkMetrics
from .analytics_skill_office_metrics import AnalyticsSkillOfficeMetrics


class AnalyticsSkillActivity(APIModel):
    """Use of one skill over the period."""

    attributed_list_price: str | None = None
    """List price of the usage attributed to the skill, as a decimal string."""
    chat_metrics: AnalyticsSkillChatMetrics
    """Activity in Claude chat."""
    claude_code_metrics: AnalyticsSkillClaudeCodeMetrics
    """Activity in Claude Code."""
    cowork_metrics: AnalyticsSkillCoworkMetrics
    """Activity in Cowork."""
    currency: str | None = None
    """Currency of the amounts (ISO 4217)."""
    distinct_user_count: int
    """Number of different users."""
    enable_count: int | None = None
    """Times it was turned on."""
    estimated_overage_spend: str | None = None
    """Estimated spend beyond included usage, as a decimal string."""
    invocation_count: int | None = None
    """Number of invocations."""
    office_metrics: AnalyticsSkillOfficeMetrics
    """Activity in the Office add-ins."""
    share_status: AnalyticsSkillActivityShareStatus | None = None
    """Who the skill is shared with."""
    skill_display_name: str | None = None
    """The skill's name for people to read."""
    skill_name: str
    """The skill's name."""
    chat_cowork_unified_metrics: AnalyticsSkillChatCoworkUnifiedMetrics | None = None
    """Activity in chat and Cowork together."""
    product: str | None = None
    """The product the row is for (`chat`, `claude_code`, `cowork` …), when grouped by product."""
    rbac_group_id: str | None = None
    """ID of the group the row is for, when grouped by group."""
    rbac_group_name: str | None = None
    """Name of the group the row is for, when grouped by group."""
    user_id: str | None = None
    """ID of the user the row is for, when grouped by user."""
