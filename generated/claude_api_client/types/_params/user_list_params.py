# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict


class UserListParams(TypedDict, total=False):
    """The parameters of `client.organization.users.list(...)`, as one dict (`client.organization.users.list(**params)`)."""

    before_id: str
    after_id: str
    limit: int
    email: str
    roles: Sequence[str]
    workspace_id: str
