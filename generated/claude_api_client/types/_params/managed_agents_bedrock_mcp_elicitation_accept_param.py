# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsBedrockMCPElicitationAcceptParam(TypedDict):
    """
    Bedrock: the user accepted the MCP server's request.
    """

    type: Literal["accept"]
    """
    Always `accept`.
    """
