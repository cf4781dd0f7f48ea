# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.workspace_created_incomplete_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import WorkspaceCreatedIncompleteError as WorkspaceCreatedIncompleteError

__all__ = [
    "WorkspaceCreatedIncompleteError",
]
