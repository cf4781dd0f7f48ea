# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_workspace_role`: the official path of these types."""

from __future__ import annotations

from ..._models.workspace_role import WorkspaceRole as BetaWorkspaceRole

__all__ = [
    "BetaWorkspaceRole",
]
