# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    UserProfileEntityType: TypeAlias = Literal["individual", "business", "non_profit", "government"]
else:

    class UserProfileEntityType(OpenEnum):
        """Kind of entity behind a profile: `individual`, `business`, `non_profit` or `government`."""

        INDIVIDUAL = "individual"
        BUSINESS = "business"
        NON_PROFIT = "non_profit"
        GOVERNMENT = "government"
