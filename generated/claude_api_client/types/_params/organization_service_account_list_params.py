# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing_extensions import TypedDict


class OrganizationServiceAccountListParams(TypedDict, total=False):
    """The parameters of `client.organization.service_accounts.list(...)`, as one dict (`client.organization.service_accounts.list(**params)`)."""

    include_archived: bool
    limit: int
    page: str
    workspace_id: str
