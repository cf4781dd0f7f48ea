# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.workspace_created_incomplete_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.workspace_created_incomplete_error_details import (
    WorkspaceCreatedIncompleteErrorDetails as WorkspaceCreatedIncompleteErrorDetails,
)

__all__ = [
    "WorkspaceCreatedIncompleteErrorDetails",
]
