# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import TypedDict


class InviteListParams(TypedDict, total=False):
    """The parameters of `client.organization.invites.list(...)`, as one dict (`client.organization.invites.list(**params)`)."""

    before_id: str
    after_id: str
    limit: int
    email: str
    roles: Sequence[str]
    statuses: Sequence[Literal["accepted", "expired", "pending"]]
    workspace_id: str
