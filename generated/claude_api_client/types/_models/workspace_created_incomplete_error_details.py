# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class WorkspaceCreatedIncompleteErrorDetails(APIModel):
    """The workspace was created but its setup did not finish."""

    error_code: Literal["workspace_created_incomplete"]
    """Always `workspace_created_incomplete`."""
    workspace_id: str
    """ID of the workspace that was created."""
