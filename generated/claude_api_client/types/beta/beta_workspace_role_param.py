# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_workspace_role_param`: the official path of these types."""

from __future__ import annotations

from .._params.workspace_role_param import WorkspaceRoleParam as BetaWorkspaceRoleParam

__all__ = [
    "BetaWorkspaceRoleParam",
]
