# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_organization_compliance_settings`: the official path of these types."""

from __future__ import annotations

from .._models.organization_compliance_settings import (
    OrganizationComplianceSettings as BetaOrganizationComplianceSettings,
)

__all__ = [
    "BetaOrganizationComplianceSettings",
]
