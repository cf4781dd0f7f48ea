# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsMCPServerURLDefinition(APIModel):
    """Mcpserver urldefinition."""

    type: Literal["url"]
    """Always `url`."""
    name: str
    """Name of the MCP server URL definition."""
    url: str
    """URL of the MCP server URL definition."""
