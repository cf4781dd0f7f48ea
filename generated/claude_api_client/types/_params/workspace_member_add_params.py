# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from .no_billing_workspace_role_param import NoBillingWorkspaceRoleParam


class WorkspaceMemberAddParams(TypedDict):
    """
    Body that adds a user to a workspace.
    """

    user_id: str
    """
    ID of the user to add.
    """
    workspace_role: NoBillingWorkspaceRoleParam
    """
    The role to give them.
    """
