# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from .managed_agents_bedrock_mcp_elicitation_response_param import (
    ManagedAgentsBedrockMCPElicitationResponseParam,
)


class ManagedAgentsBedrockUserMCPElicitationResponseEventParams(TypedDict):
    """
    Bedrock: the user's answer to an `agent.mcp_elicitation` event, as sent.
    """

    type: Literal["user.mcp_elicitation_response"]
    """
    Always `user.mcp_elicitation_response`.
    """
    mcp_elicitation_id: str
    """
    ID of the `agent.mcp_elicitation` event answered (`sevt_…`); an ID that matches no open request is refused.
    """
    response: ManagedAgentsBedrockMCPElicitationResponseParam
    """
    The user's answer.
    """
