# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ClaudeTagSlackWorkspaceIdentifiers(APIModel):
    """Slack's own IDs of a workspace."""

    workspace_id: str
    """Slack's workspace (team) ID (`T…`)."""
