# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from .advisor_tool_result_error_code_param import AdvisorToolResultErrorCodeParam


class AdvisorToolResultErrorParam(TypedDict):
    """
    A failed advisor call, as sent back.
    """

    error_code: AdvisorToolResultErrorCodeParam
    """
    Machine-readable reason the tool call failed.
    """
    type: Literal["advisor_tool_result_error"]
    """
    Always `advisor_tool_result_error`.
    """
