# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    SpendLimitPeriod: TypeAlias = Literal["daily", "monthly", "weekly"]
else:

    class SpendLimitPeriod(OpenEnum):
        """The period a spend limit resets over."""

        DAILY = "daily"
        MONTHLY = "monthly"
        WEEKLY = "weekly"
