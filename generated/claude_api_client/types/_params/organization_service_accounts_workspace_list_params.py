# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing_extensions import TypedDict


class OrganizationServiceAccountsWorkspaceListParams(TypedDict, total=False):
    """The parameters of `client.organization.service_accounts.workspaces.list(...)`, as one dict (`client.organization.service_accounts.workspaces.list(**params)`)."""

    limit: int
    page: str
    workspace_id: str
