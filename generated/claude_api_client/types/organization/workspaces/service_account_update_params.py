# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.workspaces.service_account_update_params`: the official path of these types."""

from __future__ import annotations

from ..._params.workspace_service_account_update_params import (
    WorkspaceServiceAccountUpdateParams as ServiceAccountUpdateParams,
)

__all__ = [
    "ServiceAccountUpdateParams",
]
