# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compliance_settings_state_param`: the official path of these types."""

from __future__ import annotations

from ._params.compliance_settings_state_param import (
    ComplianceSettingsStateParam as ComplianceSettingsStateParam,
)

__all__ = [
    "ComplianceSettingsStateParam",
]
