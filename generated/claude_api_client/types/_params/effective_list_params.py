# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .spend_limit_period_param import SpendLimitPeriodParam


class EffectiveListParams(TypedDict, total=False):
    """The parameters of `client.organization.spend_limits.effective.list(...)`, as one dict (`client.organization.spend_limits.effective.list(**params)`)."""

    limit: int
    page: str
    period: Sequence[SpendLimitPeriodParam]
    user_ids: Sequence[str]
    workspace_id: str
