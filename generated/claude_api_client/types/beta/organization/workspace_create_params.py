# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.workspace_create_params`: the official path of these types."""

from __future__ import annotations

from ..._params.beta_workspace_create_params import (
    BetaWorkspaceCreateParams as WorkspaceCreateParams,
)

__all__ = [
    "WorkspaceCreateParams",
]
