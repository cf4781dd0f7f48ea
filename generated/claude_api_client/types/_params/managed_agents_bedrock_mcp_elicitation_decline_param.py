# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsBedrockMCPElicitationDeclineParam(TypedDict):
    """
    Bedrock: the user declined the MCP server's request.
    """

    type: Literal["decline"]
    """
    Always `decline`.
    """
