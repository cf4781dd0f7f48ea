# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_organization_analytics_plugin_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.beta_organization_analytics_plugin_list_params import (
    BetaOrganizationAnalyticsPluginListParams as BetaOrganizationAnalyticsPluginListParams,
)

__all__ = [
    "BetaOrganizationAnalyticsPluginListParams",
]
