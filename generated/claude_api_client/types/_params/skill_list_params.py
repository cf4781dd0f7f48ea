# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing_extensions import TypedDict


class SkillListParams(TypedDict, total=False):
    """The parameters of `client.skills.list(...)`, as one dict (`client.skills.list(**params)`)."""

    page: str | None
    limit: int
    source: str | None
    workspace_id: str
