# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .managed_agents_mcp_oauth_refresh_params import ManagedAgentsMcpOauthRefreshParams


class ManagedAgentsMcpOauthCreateParams(TypedDict):
    """
    An OAuth access token (and optional refresh settings) for an MCP server.
    """

    type: Literal["mcp_oauth"]
    """
    Always `mcp_oauth`.
    """
    mcp_server_url: str
    """
    URL of the MCP server the credential is for.
    """
    access_token: str
    """
    OAuth access token.
    """
    expires_at: NotRequired[str | None]
    """
    When the access token expires, if known.
    """
    refresh: NotRequired[ManagedAgentsMcpOauthRefreshParams | None]
    """
    How the access token is refreshed; null when it is not.
    """
