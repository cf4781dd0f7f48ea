# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class MCPToolDefaultConfig(APIModel):
    """Settings applied to every tool of an MCP toolset unless overridden."""

    defer_loading: bool | None = None
    """Leave the tools out of the initial prompt until a tool search finds them."""
    enabled: bool | None = None
    """Whether the model may use the server's tools."""
