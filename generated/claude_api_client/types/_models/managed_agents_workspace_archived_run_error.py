# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsWorkspaceArchivedRunError(APIModel):
    """Workspace archived run error."""

    type: Literal["workspace_archived_error"]
    """Always `workspace_archived_error`."""
    message: str
    """Human-readable message."""
