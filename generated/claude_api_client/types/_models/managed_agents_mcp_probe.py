# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .managed_agents_refresh_http_response import ManagedAgentsRefreshHttpResponse


class ManagedAgentsMcpProbe(APIModel):
    """The MCP call that failed during a credential test."""

    method: str
    """The MCP method that failed, such as `initialize` or `tools/list`."""
    http_response: ManagedAgentsRefreshHttpResponse | None = None
    """The HTTP error response captured; null when none arrived."""
