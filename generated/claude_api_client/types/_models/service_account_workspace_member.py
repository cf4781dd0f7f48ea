# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .workspace_role import WorkspaceRole


class ServiceAccountWorkspaceMember(APIModel):
    """A service account's membership of a workspace."""

    created_by_actor_id: str | None = None
    """Who added it; null when not recorded."""
    implicit: bool | None = None
    """Whether the membership comes from the organization role rather than being granted."""
    service_account_id: str
    """ID of the service account."""
    type: Literal["service_account_workspace_member"]
    """Always `service_account_workspace_member`."""
    workspace_id: str
    """ID of the workspace."""
    workspace_role: WorkspaceRole
    """Its role in the workspace."""
