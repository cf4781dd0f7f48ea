# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel, WireDateTime

from .managed_agents_mcp_oauth_refresh_response import (
    ManagedAgentsMcpOauthRefreshResponse,
)


class ManagedAgentsMcpOauthAuthResponse(APIModel):
    """An OAuth credential for an MCP server, as returned (tokens withheld)."""

    type: Literal["mcp_oauth"]
    mcp_server_url: str
    expires_at: WireDateTime | None = None
    refresh: ManagedAgentsMcpOauthRefreshResponse | None = None
