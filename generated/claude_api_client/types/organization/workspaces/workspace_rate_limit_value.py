# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.workspaces.workspace_rate_limit_value`: the official path of these types."""

from __future__ import annotations

from ..._models.workspace_rate_limit_source import WorkspaceRateLimitSource as Source
from ..._models.workspace_rate_limit_value import WorkspaceRateLimitValue as WorkspaceRateLimitValue

__all__ = [
    "Source",
    "WorkspaceRateLimitValue",
]
