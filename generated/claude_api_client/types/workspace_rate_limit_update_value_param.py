# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.workspace_rate_limit_update_value_param`: the official path of these types."""

from __future__ import annotations

from ._params.workspace_rate_limit_update_value_param import (
    WorkspaceRateLimitUpdateValueParam as WorkspaceRateLimitUpdateValueParam,
)

__all__ = [
    "WorkspaceRateLimitUpdateValueParam",
]
