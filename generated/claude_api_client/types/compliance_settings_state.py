# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compliance_settings_state`: the official path of these types."""

from __future__ import annotations

from ._models.compliance_settings_state import ComplianceSettingsState as ComplianceSettingsState

__all__ = [
    "ComplianceSettingsState",
]
