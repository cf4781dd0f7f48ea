# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class MCPToolConfig(APIModel):
    """Settings for one tool of an MCP toolset."""

    defer_loading: bool | None = None
    """Leave the tool out of the initial prompt until a tool search finds it."""
    enabled: bool | None = None
    """Whether the model may use this tool."""
