# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    AdvisorToolResultErrorCode: TypeAlias = Literal[
        "max_uses_exceeded",
        "prompt_too_long",
        "too_many_requests",
        "overloaded",
        "unavailable",
        "execution_time_exceeded",
        "model_not_found",
    ]
else:

    class AdvisorToolResultErrorCode(OpenEnum):
        """Why an advisor call failed."""

        MAX_USES_EXCEEDED = "max_uses_exceeded"
        PROMPT_TOO_LONG = "prompt_too_long"
        TOO_MANY_REQUESTS = "too_many_requests"
        OVERLOADED = "overloaded"
        UNAVAILABLE = "unavailable"
        EXECUTION_TIME_EXCEEDED = "execution_time_exceeded"
        MODEL_NOT_FOUND = "model_not_found"
