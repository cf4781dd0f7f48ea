# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .workspace_role import WorkspaceRole


class WorkspaceMember(APIModel):
    """A user's membership of a workspace."""

    type: Literal["workspace_member"]
    """Always `workspace_member`."""
    user_id: str
    """ID of the user."""
    workspace_id: str
    """ID of the workspace."""
    workspace_role: WorkspaceRole
    """The user's role in the workspace."""
