# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_claude_tag_slack_workspace_setting_source`: the official path of these types."""

from __future__ import annotations

from ..._models.claude_tag_slack_workspace_setting_source import (
    ClaudeTagSlackWorkspaceSettingSource as BetaClaudeTagSlackWorkspaceSettingSource,
)

__all__ = [
    "BetaClaudeTagSlackWorkspaceSettingSource",
]
