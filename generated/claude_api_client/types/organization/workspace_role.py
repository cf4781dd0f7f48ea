# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.workspace_role`: the official path of these types."""

from __future__ import annotations

from .._models.workspace_role import WorkspaceRole as WorkspaceRole

__all__ = [
    "WorkspaceRole",
]
