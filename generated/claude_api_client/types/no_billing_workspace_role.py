# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.no_billing_workspace_role`: the official path of these types."""

from __future__ import annotations

from ._params.no_billing_workspace_role_param import (
    NoBillingWorkspaceRoleParam as NoBillingWorkspaceRole,
)

__all__ = [
    "NoBillingWorkspaceRole",
]
