# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.compliance_setting_update_params`: the official path of these types."""

from __future__ import annotations

from ..._params.beta_compliance_setting_update_params import (
    BetaComplianceSettingUpdateParams as ComplianceSettingUpdateParams,
)

__all__ = [
    "ComplianceSettingUpdateParams",
]
