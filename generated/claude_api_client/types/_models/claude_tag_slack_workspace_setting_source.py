# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ClaudeTagSlackWorkspaceSettingSource(APIModel):
    """Inherited from the Slack workspace."""

    slack_workspace_id: str
    """ID of the Slack workspace record."""
    type: Literal["slack_workspace"]
    """Always `slack_workspace`."""
