# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ServiceAccountWorkspaceRemoveResponse(APIModel):
    """Confirms that a service account left a workspace."""

    service_account_id: str
    """ID of the service account."""
    type: Literal["service_account_workspace_member_deleted"]
    """Always `service_account_workspace_member_deleted`."""
    workspace_id: str
    """ID of the workspace."""
