# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.analytics.skill_list_params`: the official path of these types."""

from __future__ import annotations

from ...._params.beta_organization_analytics_skill_list_params import (
    BetaOrganizationAnalyticsSkillListParams as SkillListParams,
)

__all__ = [
    "SkillListParams",
]
