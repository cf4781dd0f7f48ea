# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.workspace_rate_limit_type_param`: the official path of these types."""

from __future__ import annotations

from ._params.workspace_rate_limit_type_param import (
    WorkspaceRateLimitTypeParam as WorkspaceRateLimitTypeParam,
)

__all__ = [
    "WorkspaceRateLimitTypeParam",
]
