# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .spend_limit_period_param import SpendLimitPeriodParam
from .spend_limit_set_scope_param import SpendLimitSetScopeParam


class SpendLimitSetParams(TypedDict):
    """
    A spend limit to create or replace (one per scope and period).
    """

    amount: str | None
    """
    The cap in the billing currency's minor unit as an integer string (`"50000"` is 500.00 USD); null for an explicit no-limit.
    """
    scope: SpendLimitSetScopeParam
    """
    What the limit applies to.
    """
    period: NotRequired[SpendLimitPeriodParam]
    """
    The period it resets over.
    """
