# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_organization_rate_limit`: the official path of these types."""

from __future__ import annotations

from ..._models.organization_rate_limit import OrganizationRateLimit as BetaOrganizationRateLimit
from ..._models.rate_limit_group import RateLimitGroup as Group

__all__ = [
    "BetaOrganizationRateLimit",
    "Group",
]
