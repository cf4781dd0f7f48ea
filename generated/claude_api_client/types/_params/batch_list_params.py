# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing_extensions import TypedDict


class BatchListParams(TypedDict, total=False):
    """The parameters of `client.messages.batches.list(...)`, as one dict (`client.messages.batches.list(**params)`)."""

    before_id: str
    after_id: str
    limit: int
    workspace_id: str
