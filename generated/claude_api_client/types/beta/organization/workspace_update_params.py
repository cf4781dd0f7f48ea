# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.workspace_update_params`: the official path of these types."""

from __future__ import annotations

from ..._params.beta_workspace_update_params import (
    BetaWorkspaceUpdateParams as WorkspaceUpdateParams,
)

__all__ = [
    "WorkspaceUpdateParams",
]
