# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.workspaces.workspace_rate_limit`: the official path of these types."""

from __future__ import annotations

from ..._models.rate_limit_group import RateLimitGroup as Group
from ..._models.workspace_rate_limit import WorkspaceRateLimit as WorkspaceRateLimit

__all__ = [
    "Group",
    "WorkspaceRateLimit",
]
