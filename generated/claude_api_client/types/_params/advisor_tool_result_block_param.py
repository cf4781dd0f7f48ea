# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .advisor_tool_result_content_param import AdvisorToolResultContentParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam


class AdvisorToolResultBlockParam(TypedDict):
    """
    An advisor result from an earlier assistant turn.
    """

    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    content: AdvisorToolResultContentParam
    """
    The advice, or an error.
    """
    tool_use_id: str
    """
    Id of the tool use block this result answers.
    """
    type: Literal["advisor_tool_result"]
    """
    Always `advisor_tool_result`.
    """
