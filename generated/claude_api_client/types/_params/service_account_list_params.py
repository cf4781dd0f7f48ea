# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing_extensions import TypedDict


class ServiceAccountListParams(TypedDict, total=False):
    """The parameters of `client.organization.workspaces.service_accounts.list(...)`, as one dict (`client.organization.workspaces.service_accounts.list(**params)`)."""

    limit: int
    page: str
