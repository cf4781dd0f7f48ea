# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    AnalyticsContextWindow: TypeAlias = Literal["0-200k", "200k-1M"]
else:

    class AnalyticsContextWindow(OpenEnum):
        """Context-window tiers a request is priced in."""

        FIELD_0_200K = "0-200k"
        FIELD_200K_1_M = "200k-1M"
