# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    AnalyticsCostUsersItemSpeed: TypeAlias = Literal["fast", "standard"]
else:

    class AnalyticsCostUsersItemSpeed(OpenEnum):
        FAST = "fast"
        STANDARD = "standard"
