# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_workspace_changed_concurrently_field`: the official path of these types."""

from __future__ import annotations

from .._models.workspace_changed_concurrently_field import (
    WorkspaceChangedConcurrentlyField as BetaWorkspaceChangedConcurrentlyField,
)

__all__ = [
    "BetaWorkspaceChangedConcurrentlyField",
]
