# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .claude_code_rbac_group_managed_settings_summary import (
    ClaudeCodeRBACGroupManagedSettingsSummary,
)


class ClaudeCodeRBACGroupManagedSettingsSummaryPage(APIModel):
    """One page of groups with managed settings."""

    data: list[ClaudeCodeRBACGroupManagedSettingsSummary]
    """The items on this page."""
    next_page: str | None = None
    """Pass as `page` to get the next page; null on the last page."""
