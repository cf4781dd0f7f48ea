# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .claude_code_rbac_group_status import ClaudeCodeRBACGroupStatus


class ClaudeCodeRBACGroupManagedSettingsSummary(APIModel):
    """A group that has its own Claude Code settings, without the document."""

    created_at: WireDateTime
    """When the group's settings were first set (RFC 3339)."""
    rbac_group_id: str
    """ID of the group."""
    rbac_group_status: ClaudeCodeRBACGroupStatus
    """Whether the group still exists."""
    type: Literal["claude_code_rbac_group_managed_settings_summary"]
    """Always `claude_code_rbac_group_managed_settings_summary`."""
    updated_at: WireDateTime
    """When the settings last changed (RFC 3339)."""
