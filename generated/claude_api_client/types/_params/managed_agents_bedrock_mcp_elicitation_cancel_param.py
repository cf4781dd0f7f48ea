# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsBedrockMCPElicitationCancelParam(TypedDict):
    """
    Bedrock: the user dismissed the MCP server's request without an answer.
    """

    type: Literal["cancel"]
    """
    Always `cancel`.
    """
