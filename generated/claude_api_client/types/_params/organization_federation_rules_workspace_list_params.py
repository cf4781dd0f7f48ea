# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing_extensions import TypedDict


class OrganizationFederationRulesWorkspaceListParams(TypedDict, total=False):
    """The parameters of `client.organization.federation.rules.workspaces.list(...)`, as one dict (`client.organization.federation.rules.workspaces.list(**params)`)."""

    limit: int
    page: str
    workspace_id: str
