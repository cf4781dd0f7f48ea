# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .advisor_tool_result_error_code import AdvisorToolResultErrorCode


class AdvisorToolResultError(APIModel):
    """An advisor call that failed."""

    error_code: AdvisorToolResultErrorCode
    """Machine-readable reason the tool call failed."""
    type: Literal["advisor_tool_result_error"]
    """Always `advisor_tool_result_error`."""
