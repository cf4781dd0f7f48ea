# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .spend_limit_period_param import SpendLimitPeriodParam


class IncreaseRequestApproveParams(TypedDict):
    """
    Body that approves a request.
    """

    amount: str
    """
    The new cap, as a decimal string.
    """
    period: NotRequired[SpendLimitPeriodParam | None]
    """
    The period of the new cap (the request's by default).
    """
    suppress_notification: NotRequired[bool]
    """
    Do not tell the requester.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
