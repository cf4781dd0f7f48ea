# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from .monetary_amount import MonetaryAmount


class ManagedAgentsBudgetLimit(TypedDict):
    """
    Budget limit.
    """

    type: Literal["limit"]
    """
    Always `limit`.
    """
    max_list_cost: MonetaryAmount
    """
    Spending cap at list price.
    """
