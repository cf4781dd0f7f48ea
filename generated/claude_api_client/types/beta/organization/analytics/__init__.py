# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.analytics`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...._models.analytics_cost_group import AnalyticsCostGroup as BetaAnalyticsCostGroup
    from ...._models.analytics_cost_item import AnalyticsCostItem as BetaAnalyticsCostItem
    from ...._models.analytics_cost_metrics import AnalyticsCostMetrics as BetaAnalyticsCostMetrics
    from ...._models.analytics_usage_group import AnalyticsUsageGroup as BetaAnalyticsUsageGroup
    from ...._models.analytics_usage_item import AnalyticsUsageItem as BetaAnalyticsUsageItem
    from ...._models.analytics_usage_metrics import (
        AnalyticsUsageMetrics as BetaAnalyticsUsageMetrics,
    )
    from ...._params.analytics_cost_group_by_param import (
        AnalyticsCostGroupByParam as BetaAnalyticsCostGroupBy,
    )
    from ...._params.analytics_cost_order_by_param import (
        AnalyticsCostOrderByParam as BetaAnalyticsCostOrderBy,
    )
    from ...._params.analytics_usage_group_by_param import (
        AnalyticsUsageGroupByParam as BetaAnalyticsUsageGroupBy,
    )
    from ...._params.analytics_usage_order_by_param import (
        AnalyticsUsageOrderByParam as BetaAnalyticsUsageOrderBy,
    )
    from ...._params.beta_artifact_list_params import BetaArtifactListParams as ArtifactListParams
    from ...._params.beta_connector_list_params import (
        BetaConnectorListParams as ConnectorListParams,
    )
    from ...._params.beta_organization_analytics_plugin_list_params import (
        BetaOrganizationAnalyticsPluginListParams as PluginListParams,
    )
    from ...._params.beta_organization_analytics_skill_list_params import (
        BetaOrganizationAnalyticsSkillListParams as SkillListParams,
    )
    from ...._params.beta_organization_analytics_user_list_params import (
        BetaOrganizationAnalyticsUserListParams as UserListParams,
    )
    from ...._params.beta_summary_list_params import BetaSummaryListParams as SummaryListParams
    from ...._params.cost_list_params import CostListParams as CostListParams
    from ...._params.cost_report_list_params import CostReportListParams as CostReportListParams
    from ...._params.usage_list_params import UsageListParams as UsageListParams
    from ...._params.usage_report_list_params import UsageReportListParams as UsageReportListParams
    from ...._params.user_cost_report_list_params import (
        UserCostReportListParams as UserCostReportListParams,
    )
    from ...._params.user_usage_report_list_params import (
        UserUsageReportListParams as UserUsageReportListParams,
    )

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "ArtifactListParams": ("_params.beta_artifact_list_params", "BetaArtifactListParams"),
    "BetaAnalyticsCostGroup": ("_models.analytics_cost_group", "AnalyticsCostGroup"),
    "BetaAnalyticsCostGroupBy": (
        "_params.analytics_cost_group_by_param",
        "AnalyticsCostGroupByParam",
    ),
    "BetaAnalyticsCostItem": ("_models.analytics_cost_item", "AnalyticsCostItem"),
    "BetaAnalyticsCostMetrics": ("_models.analytics_cost_metrics", "AnalyticsCostMetrics"),
    "BetaAnalyticsCostOrderBy": (
        "_params.analytics_cost_order_by_param",
        "AnalyticsCostOrderByParam",
    ),
    "BetaAnalyticsUsageGroup": ("_models.analytics_usage_group", "AnalyticsUsageGroup"),
    "BetaAnalyticsUsageGroupBy": (
        "_params.analytics_usage_group_by_param",
        "AnalyticsUsageGroupByParam",
    ),
    "BetaAnalyticsUsageItem": ("_models.analytics_usage_item", "AnalyticsUsageItem"),
    "BetaAnalyticsUsageMetrics": ("_models.analytics_usage_metrics", "AnalyticsUsageMetrics"),
    "BetaAnalyticsUsageOrderBy": (
        "_params.analytics_usage_order_by_param",
        "AnalyticsUsageOrderByParam",
    ),
    "ConnectorListParams": ("_params.beta_connector_list_params", "BetaConnectorListParams"),
    "CostListParams": ("_params.cost_list_params", "CostListParams"),
    "CostReportListParams": ("_params.cost_report_list_params", "CostReportListParams"),
    "PluginListParams": (
        "_params.beta_organization_analytics_plugin_list_params",
        "BetaOrganizationAnalyticsPluginListParams",
    ),
    "SkillListParams": (
        "_params.beta_organization_analytics_skill_list_params",
        "BetaOrganizationAnalyticsSkillListParams",
    ),
    "SummaryListParams": ("_params.beta_summary_list_params", "BetaSummaryListParams"),
    "UsageListParams": ("_params.usage_list_params", "UsageListParams"),
    "UsageReportListParams": ("_params.usage_report_list_params", "UsageReportListParams"),
    "UserCostReportListParams": (
        "_params.user_cost_report_list_params",
        "UserCostReportListParams",
    ),
    "UserListParams": (
        "_params.beta_organization_analytics_user_list_params",
        "BetaOrganizationAnalyticsUserListParams",
    ),
    "UserUsageReportListParams": (
        "_params.user_usage_report_list_params",
        "UserUsageReportListParams",
    ),
}

__all__ = [
    "ArtifactListParams",
    "BetaAnalyticsCostGroup",
    "BetaAnalyticsCostGroupBy",
    "BetaAnalyticsCostItem",
    "BetaAnalyticsCostMetrics",
    "BetaAnalyticsCostOrderBy",
    "BetaAnalyticsUsageGroup",
    "BetaAnalyticsUsageGroupBy",
    "BetaAnalyticsUsageItem",
    "BetaAnalyticsUsageMetrics",
    "BetaAnalyticsUsageOrderBy",
    "ConnectorListParams",
    "CostListParams",
    "CostReportListParams",
    "PluginListParams",
    "SkillListParams",
    "SummaryListParams",
    "UsageListParams",
    "UsageReportListParams",
    "UserCostReportListParams",
    "UserListParams",
    "UserUsageReportListParams",
]


def __getattr__(name: str) -> Any:
    target = _NAMES.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{target[0]}", "claude_api_client.types"), target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
