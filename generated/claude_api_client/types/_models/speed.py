# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    Speed: TypeAlias = Literal["standard", "fast"]
else:

    class Speed(OpenEnum):
        """Inference speed mode: `standard` or `fast`."""

        STANDARD = "standard"
        FAST = "fast"
