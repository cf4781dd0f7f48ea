# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsURLMCPServerParams(TypedDict):
    """
    Request shape of urlmcpserver.
    """

    type: Literal["url"]
    """
    Always `url`.
    """
    name: str
    """
    Name of the URL MCP server.
    """
    url: str
    """
    URL of the URL MCP server.
    """
