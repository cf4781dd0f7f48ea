# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict


class ApiKeyListParams(TypedDict, total=False):
    """The parameters of `client.organization.api_keys.list(...)`, as one dict (`client.organization.api_keys.list(**params)`)."""

    before_id: str
    after_id: str
    limit: int
    created_by_user_id: str
    status: Literal["active", "archived", "expired", "inactive"]
    workspace_id: str
