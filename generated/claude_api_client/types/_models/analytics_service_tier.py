# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    AnalyticsServiceTier: TypeAlias = Literal[
        "batch", "flex", "flex_discount", "priority", "priority_on_demand", "standard"
    ]
else:

    class AnalyticsServiceTier(OpenEnum):
        """Service tiers a request can run in."""

        BATCH = "batch"
        FLEX = "flex"
        FLEX_DISCOUNT = "flex_discount"
        PRIORITY = "priority"
        PRIORITY_ON_DEMAND = "priority_on_demand"
        STANDARD = "standard"
