# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class DeletedClaudeCodeRBACGroupManagedSettings(APIModel):
    """Confirms that a group's settings were removed."""

    rbac_group_id: str
    """ID of the group."""
    type: Literal["claude_code_rbac_group_managed_settings_deleted"]
    """Always `claude_code_rbac_group_managed_settings_deleted`."""
