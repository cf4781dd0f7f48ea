# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from .workspace_role_param import WorkspaceRoleParam


class WorkspaceMemberUpdateParams(TypedDict):
    """
    Body that changes a member's workspace role.
    """

    workspace_role: WorkspaceRoleParam
    """
    The new role.
    """
    workspace_id: str
    """
    ID of the workspace.
    """
