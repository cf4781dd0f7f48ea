# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.service_account_workspace_remove_response`: the official path of these types."""

from __future__ import annotations

from ._models.service_account_workspace_remove_response import (
    ServiceAccountWorkspaceRemoveResponse as ServiceAccountWorkspaceRemoveResponse,
)

__all__ = [
    "ServiceAccountWorkspaceRemoveResponse",
]
