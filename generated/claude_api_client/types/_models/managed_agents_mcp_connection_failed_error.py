# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_retry_status import ManagedAgentsRetryStatus


class ManagedAgentsMcpConnectionFailedError(APIModel):
    """Mcp connection failed error."""

    type: Literal["mcp_connection_failed_error"]
    """Always `mcp_connection_failed_error`."""
    message: str
    """Human-readable message."""
    retry_status: ManagedAgentsRetryStatus
    """Whether the API will retry."""
    mcp_server_name: str
    """Name of the MCP server, as the agent declares it."""
