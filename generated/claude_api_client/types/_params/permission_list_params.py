# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing_extensions import TypedDict


class PermissionListParams(TypedDict, total=False):
    """The parameters of `client.organization.rbac_roles.permissions.list(...)`, as one dict (`client.organization.rbac_roles.permissions.list(**params)`)."""

    limit: int
    page: str
    workspace_id: str
