# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .service_account_workspace_member import ServiceAccountWorkspaceMember


class ServiceAccountWorkspaceMemberPage(APIModel):
    """One page of service account memberships."""

    data: list[ServiceAccountWorkspaceMember]
    """The items on this page."""
    next_page: str | None = None
    """Pass as `page` to get the next page; null on the last page."""
