# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing_extensions import TypedDict


class MemberListParams(TypedDict, total=False):
    """The parameters of `client.organization.workspaces.members.list(...)`, as one dict (`client.organization.workspaces.members.list(**params)`)."""

    before_id: str
    after_id: str
    limit: int
