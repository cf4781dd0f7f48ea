# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .mcp_server_tool_configuration_param import MCPServerToolConfigurationParam


class MCPServerURLDefinitionParam(TypedDict):
    """
    A remote MCP server reachable by URL.
    """

    authorization_token: NotRequired[str | None]
    """
    OAuth token sent to the server.
    """
    name: str
    """
    Name that identifies the server in tool calls.
    """
    tool_configuration: NotRequired[MCPServerToolConfigurationParam | None]
    """
    Which of the server's tools are available.
    """
    type: Literal["url"]
    """
    Always `url`.
    """
    url: str
    """
    URL of the MCP server.
    """
