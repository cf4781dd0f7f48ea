# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .spend_limit_increase_request_status_param import SpendLimitIncreaseRequestStatusParam


class IncreaseRequestListParams(TypedDict, total=False):
    """The parameters of `client.organization.spend_limits.increase_requests.list(...)`, as one dict (`client.organization.spend_limits.increase_requests.list(**params)`)."""

    actor_ids: Sequence[str]
    limit: int
    page: str
    status: Sequence[SpendLimitIncreaseRequestStatusParam]
    workspace_id: str
