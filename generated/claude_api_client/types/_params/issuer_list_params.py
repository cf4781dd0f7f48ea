# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing_extensions import TypedDict


class IssuerListParams(TypedDict, total=False):
    """The parameters of `client.organization.federation.issuers.list(...)`, as one dict (`client.organization.federation.issuers.list(**params)`)."""

    include_archived: bool
    limit: int
    page: str
    workspace_id: str
