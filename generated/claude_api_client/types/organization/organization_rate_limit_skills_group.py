# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.organization_rate_limit_skills_group`: the official path of these types."""

from __future__ import annotations

from .._models.organization_rate_limit_skills_group import (
    OrganizationRateLimitSkillsGroup as OrganizationRateLimitSkillsGroup,
)

__all__ = [
    "OrganizationRateLimitSkillsGroup",
]
