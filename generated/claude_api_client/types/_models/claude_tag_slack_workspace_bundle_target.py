# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class ClaudeTagSlackWorkspaceBundleTarget(APIModel):
    """A bundle attached to a whole Slack workspace."""

    id: str
    """ID of the attachment."""
    created_at: WireDateTime
    """When it was attached (RFC 3339)."""
    slack_workspace_id: str
    """ID of the Slack workspace record."""
    type: Literal["slack_workspace"]
    """Always `slack_workspace`."""
