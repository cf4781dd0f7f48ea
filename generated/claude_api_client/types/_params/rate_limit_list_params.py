# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict


class RateLimitListParams(TypedDict, total=False):
    """The parameters of `client.organization.workspaces.rate_limits.list(...)`, as one dict (`client.organization.workspaces.rate_limits.list(**params)`)."""

    group_type: Literal["batch", "files", "model_group", "skills", "token_count", "web_search"]
    include_inherited: bool
    limit: int
    page: str
