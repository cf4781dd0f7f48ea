# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    DataResidencyDefaultInferenceGeo: TypeAlias = Literal["global", "us"]
else:

    class DataResidencyDefaultInferenceGeo(OpenEnum):
        """Where a request runs when it names no place itself."""

        GLOBAL = "global"
        US = "us"
