# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.service_accounts.workspace_list_params`: the official path of these types."""

from __future__ import annotations

from ...._params.beta_organization_service_accounts_workspace_list_params import (
    BetaOrganizationServiceAccountsWorkspaceListParams as WorkspaceListParams,
)

__all__ = [
    "WorkspaceListParams",
]
