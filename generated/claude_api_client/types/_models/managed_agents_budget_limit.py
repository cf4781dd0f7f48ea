# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .monetary_amount import MonetaryAmount


class ManagedAgentsBudgetLimit(APIModel):
    """Budget limit."""

    type: Literal["limit"]
    """Always `limit`."""
    max_list_cost: MonetaryAmount
    """Spending cap at list price."""
