# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing_extensions import TypedDict


class VersionListParams(TypedDict, total=False):
    """The parameters of `client.skills.versions.list(...)`, as one dict (`client.skills.versions.list(**params)`)."""

    page: str | None
    limit: int | None
    workspace_id: str
