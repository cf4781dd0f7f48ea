# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict


class WorkspaceListParams(TypedDict, total=False):
    """The parameters of `client.organization.workspaces.list(...)`, as one dict (`client.organization.workspaces.list(**params)`)."""

    before_id: str
    after_id: str
    limit: int
    ids: Sequence[str]
    include_archived: bool
    include_default: bool
    workspace_id: str
