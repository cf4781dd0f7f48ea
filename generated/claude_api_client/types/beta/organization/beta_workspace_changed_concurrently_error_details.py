# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_workspace_changed_concurrently_error_details`: the official path of these types."""

from __future__ import annotations

from ..._models.workspace_changed_concurrently_error_details import (
    WorkspaceChangedConcurrentlyErrorDetails as BetaWorkspaceChangedConcurrentlyErrorDetails,
)

__all__ = [
    "BetaWorkspaceChangedConcurrentlyErrorDetails",
]
