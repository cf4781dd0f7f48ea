# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_compliance_settings_state_enabled`: the official path of these types."""

from __future__ import annotations

from ..._models.compliance_settings_state_enabled import (
    ComplianceSettingsStateEnabled as BetaComplianceSettingsStateEnabled,
)

__all__ = [
    "BetaComplianceSettingsStateEnabled",
]
