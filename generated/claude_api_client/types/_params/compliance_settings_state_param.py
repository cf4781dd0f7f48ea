# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .compliance_settings_state_disabled_param import (
    ComplianceSettingsStateDisabledParam,
)
from .compliance_settings_state_enabled_param import ComplianceSettingsStateEnabledParam

ComplianceSettingsStateParam: TypeAlias = (
    ComplianceSettingsStateEnabledParam | ComplianceSettingsStateDisabledParam
)
"""
Whether compliance features are on.
"""
