# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.workspace_member`: the official path of these types."""

from __future__ import annotations

from ._models.workspace_member import WorkspaceMember as WorkspaceMember

__all__ = [
    "WorkspaceMember",
]
