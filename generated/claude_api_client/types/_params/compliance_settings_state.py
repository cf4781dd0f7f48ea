# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .compliance_settings_state_disabled import ComplianceSettingsStateDisabled
from .compliance_settings_state_enabled import ComplianceSettingsStateEnabled

ComplianceSettingsState: TypeAlias = (
    ComplianceSettingsStateEnabled | ComplianceSettingsStateDisabled
)
"""
Whether compliance features are on.
"""
