# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_organization_analytics_user_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.beta_organization_analytics_user_list_params import (
    BetaOrganizationAnalyticsUserListParams as BetaOrganizationAnalyticsUserListParams,
)

__all__ = [
    "BetaOrganizationAnalyticsUserListParams",
]
