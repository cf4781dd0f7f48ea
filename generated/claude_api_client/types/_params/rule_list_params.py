# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing_extensions import TypedDict


class RuleListParams(TypedDict, total=False):
    """The parameters of `client.organization.federation.rules.list(...)`, as one dict (`client.organization.federation.rules.list(**params)`)."""

    include_archived: bool
    issuer_id: str
    limit: int
    page: str
    workspace_id: str
