# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from .no_billing_workspace_role_param import NoBillingWorkspaceRoleParam


class ServiceAccountWorkspaceAddParams(TypedDict):
    """
    Body that adds a service account to a workspace.
    """

    workspace_id: str
    """
    ID of the workspace.
    """
    workspace_role: NoBillingWorkspaceRoleParam
    """
    The role to give it.
    """
