# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from typing_extensions import Required, TypedDict


class SummaryListParams(TypedDict, total=False):
    """The parameters of `client.organization.analytics.summaries.list(...)`, as one dict (`client.organization.analytics.summaries.list(**params)`)."""

    starting_date: Required[str | date]
    ending_date: str | date | None
    filter: Sequence[str]
    limit: int
    page: str
    workspace_id: str
