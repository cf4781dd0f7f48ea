# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Any

from claude_api_client._core._model_base import APIModel


class MCPTool(APIModel):
    """One tool as an MCP server lists it."""

    description: str | None = None
    """The tool's description."""
    input_schema: dict[str, Any]
    """JSON Schema of the tool's input."""
    name: str
    """The tool's name on its server."""
