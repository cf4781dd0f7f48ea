# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from .no_billing_workspace_role_param import NoBillingWorkspaceRoleParam


class WorkspaceServiceAccountAddParams(TypedDict):
    """
    Body that adds a service account to this workspace.
    """

    service_account_id: str
    """
    ID of the service account.
    """
    workspace_role: NoBillingWorkspaceRoleParam
    """
    The role to give it.
    """
