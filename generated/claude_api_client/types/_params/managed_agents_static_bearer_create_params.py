# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsStaticBearerCreateParams(TypedDict):
    """
    A fixed bearer token sent to an MCP server.
    """

    type: Literal["static_bearer"]
    """
    Always `static_bearer`.
    """
    token: str
    """
    The bearer token.
    """
    mcp_server_url: str
    """
    URL of the MCP server the credential is for.
    """
