# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing_extensions import TypedDict


class ExternalKeyListParams(TypedDict, total=False):
    """The parameters of `client.organization.external_keys.list(...)`, as one dict (`client.organization.external_keys.list(**params)`)."""

    limit: int
    page: str
    workspace_id: str
