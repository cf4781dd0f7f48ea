# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from .compliance_settings_state_param import ComplianceSettingsStateParam


class ComplianceSettingUpdateParams(TypedDict):
    """
    Body that turns compliance features on or off.
    """

    state: ComplianceSettingsStateParam
    """
    The new state (the API also takes the bare strings `enabled` and `disabled`).
    """
