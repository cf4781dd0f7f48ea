# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from .no_billing_workspace_role_param import NoBillingWorkspaceRoleParam


class WorkspaceServiceAccountUpdateParams(TypedDict):
    """
    Body that changes a service account's workspace role.
    """

    workspace_role: NoBillingWorkspaceRoleParam
    """
    The new role.
    """
    workspace_id: str
    """
    ID of the workspace.
    """
