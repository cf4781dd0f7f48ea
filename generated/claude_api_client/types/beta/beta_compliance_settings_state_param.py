# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_compliance_settings_state_param`: the official path of these types."""

from __future__ import annotations

from .._params.compliance_settings_state_param import (
    ComplianceSettingsStateParam as BetaComplianceSettingsStateParam,
)

__all__ = [
    "BetaComplianceSettingsStateParam",
]
