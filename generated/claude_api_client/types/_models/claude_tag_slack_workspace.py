# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .claude_tag_setting_sources import ClaudeTagSettingSources
from .claude_tag_settings import ClaudeTagSettings
from .claude_tag_slack_workspace_identifiers import ClaudeTagSlackWorkspaceIdentifiers


class ClaudeTagSlackWorkspace(APIModel):
    """Claude's settings for one Slack workspace."""

    id: str
    """ID of the workspace record."""
    created_at: WireDateTime
    """When it was created (RFC 3339)."""
    settings: ClaudeTagSettings
    """The settings (inherited ones filled in when asked for)."""
    slack: ClaudeTagSlackWorkspaceIdentifiers
    """The workspace's Slack IDs."""
    sources: ClaudeTagSettingSources
    """Where each setting comes from."""
    type: Literal["slack_workspace"]
    """Always `slack_workspace`."""
    updated_at: WireDateTime
    """When it last changed (RFC 3339)."""
