# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from .monetary_amount_param import MonetaryAmountParam


class ManagedAgentsBudgetLimitParam(TypedDict):
    """
    Budget limit.
    """

    type: Literal["limit"]
    """
    Always `limit`.
    """
    max_list_cost: MonetaryAmountParam
    """
    Spending cap at list price.
    """
