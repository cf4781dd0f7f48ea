# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_compliance_settings_state_enabled_param`: the official path of these types."""

from __future__ import annotations

from ..._params.compliance_settings_state_enabled_param import (
    ComplianceSettingsStateEnabledParam as BetaComplianceSettingsStateEnabledParam,
)

__all__ = [
    "BetaComplianceSettingsStateEnabledParam",
]
