# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .workspace_member import WorkspaceMember


class WorkspaceMemberPage(APIModel):
    """One page of workspace members."""

    data: list[WorkspaceMember]
    """The items on this page."""
    has_more: bool
    """Whether more items follow this page in the requested direction."""
    first_id: str | None = None
    """ID of the first item on this page; use it as `before_id` for the previous page."""
    last_id: str | None = None
    """ID of the last item on this page; use it as `after_id` for the next page."""
