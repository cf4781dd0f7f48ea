# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from .workspace_role import WorkspaceRole


class WorkspaceMemberUpdateParams(TypedDict):
    """
    Body that changes a member's workspace role.
    """

    workspace_role: WorkspaceRole
    """
    The new role.
    """
