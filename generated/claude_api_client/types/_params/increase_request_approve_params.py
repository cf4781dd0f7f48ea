# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .spend_limit_period import SpendLimitPeriod


class IncreaseRequestApproveParams(TypedDict):
    """
    Body that approves a request.
    """

    amount: str
    """
    The new cap, as a decimal string.
    """
    period: NotRequired[SpendLimitPeriod | None]
    """
    The period of the new cap (the request's by default).
    """
    suppress_notification: NotRequired[bool]
    """
    Do not tell the requester.
    """
