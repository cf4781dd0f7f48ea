# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    AllowedInferenceGeo: TypeAlias = Literal["global", "us"]
else:

    class AllowedInferenceGeo(OpenEnum):
        """A place where inference may run."""

        GLOBAL = "global"
        US = "us"
