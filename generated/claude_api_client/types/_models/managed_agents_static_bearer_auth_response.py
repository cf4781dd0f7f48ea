# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsStaticBearerAuthResponse(APIModel):
    """A fixed bearer token for an MCP server, as returned (token withheld)."""

    type: Literal["static_bearer"]
    """Always `static_bearer`."""
    mcp_server_url: str
    """URL of the MCP server the credential is for."""
