# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .managed_agents_mcp_oauth_refresh_update_params import (
    ManagedAgentsMcpOauthRefreshUpdateParams,
)


class ManagedAgentsMcpOauthUpdateParams(TypedDict):
    """
    Changes to an MCP OAuth credential.
    """

    type: Literal["mcp_oauth"]
    """
    Always `mcp_oauth`.
    """
    access_token: NotRequired[str | None]
    """
    A new OAuth access token.
    """
    expires_at: NotRequired[str | None]
    """
    When the new access token expires, if known.
    """
    refresh: NotRequired[ManagedAgentsMcpOauthRefreshUpdateParams | None]
    """
    Changes to the refresh settings; null removes them.
    """
