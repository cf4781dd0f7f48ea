# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .compliance_settings_state_param import ComplianceSettingsStateParam


class ComplianceSettingUpdateParams(TypedDict):
    """
    Body that turns compliance features on or off.
    """

    state: ComplianceSettingsStateParam
    """
    The new state (the API also takes the bare strings `enabled` and `disabled`).
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
