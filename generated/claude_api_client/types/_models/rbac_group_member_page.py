# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .rbac_group_member import RBACGroupMember


class RBACGroupMemberPage(APIModel):
    """One page of group members."""

    data: list[RBACGroupMember]
    """The items on this page."""
    next_page: str | None = None
    """Pass as `page` to get the next page; null on the last page."""
