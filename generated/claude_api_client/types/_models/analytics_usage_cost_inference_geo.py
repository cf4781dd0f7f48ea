# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    AnalyticsUsageCostInferenceGeo: TypeAlias = Literal["global", "us"]
else:

    class AnalyticsUsageCostInferenceGeo(OpenEnum):
        """Inference geography of a usage or cost row."""

        GLOBAL = "global"
        US = "us"
