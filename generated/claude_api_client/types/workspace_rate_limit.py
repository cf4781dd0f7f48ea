# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.workspace_rate_limit`: the official path of these types."""

from __future__ import annotations

from ._models.workspace_rate_limit import WorkspaceRateLimit as WorkspaceRateLimit

__all__ = [
    "WorkspaceRateLimit",
]
