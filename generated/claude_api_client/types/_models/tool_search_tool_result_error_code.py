# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ToolSearchToolResultErrorCode: TypeAlias = Literal[
        "invalid_tool_input",
        "unavailable",
        "too_many_requests",
        "execution_time_exceeded",
    ]
else:

    class ToolSearchToolResultErrorCode(OpenEnum):
        """Why a tool search failed."""

        INVALID_TOOL_INPUT = "invalid_tool_input"
        UNAVAILABLE = "unavailable"
        TOO_MANY_REQUESTS = "too_many_requests"
        EXECUTION_TIME_EXCEEDED = "execution_time_exceeded"
