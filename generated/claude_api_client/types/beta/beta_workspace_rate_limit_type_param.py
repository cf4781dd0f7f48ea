# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_workspace_rate_limit_type_param`: the official path of these types."""

from __future__ import annotations

from .._params.workspace_rate_limit_type_param import (
    WorkspaceRateLimitTypeParam as BetaWorkspaceRateLimitTypeParam,
)

__all__ = [
    "BetaWorkspaceRateLimitTypeParam",
]
