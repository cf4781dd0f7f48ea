# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict


class OrganizationRateLimitListParams(TypedDict, total=False):
    """The parameters of `client.organization.rate_limits.list(...)`, as one dict (`client.organization.rate_limits.list(**params)`)."""

    group_type: Literal["batch", "files", "model_group", "skills", "token_count", "web_search"]
    model: str
    limit: int
    page: str
    workspace_id: str
