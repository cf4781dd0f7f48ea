# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .managed_agents_user_tool_confirmation_result_param import (
    ManagedAgentsUserToolConfirmationResultParam,
)


class ManagedAgentsUserToolConfirmationEventParams(TypedDict):
    """
    Request shape of user tool confirmation event.
    """

    type: Literal["user.tool_confirmation"]
    """
    Always `user.tool_confirmation`.
    """
    tool_use_id: str
    """
    ID of the tool use this answers.
    """
    result: ManagedAgentsUserToolConfirmationResultParam
    """
    The outcome.
    """
    deny_message: NotRequired[str | None]
    """
    Message returned to the agent when the call is denied.
    """
