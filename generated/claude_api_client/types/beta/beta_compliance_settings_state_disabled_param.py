# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_compliance_settings_state_disabled_param`: the official path of these types."""

from __future__ import annotations

from .._params.compliance_settings_state_disabled_param import (
    ComplianceSettingsStateDisabledParam as BetaComplianceSettingsStateDisabledParam,
)

__all__ = [
    "BetaComplianceSettingsStateDisabledParam",
]
