# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict


class FileListParams(TypedDict, total=False):
    """The parameters of `client.files.list(...)`, as one dict (`client.files.list(**params)`)."""

    before_id: str
    after_id: str
    limit: int
    page: str | None
    ids: Sequence[str]
    workspace_id: str
