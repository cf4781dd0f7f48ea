# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsBedrockMCPElicitationURLRequest(APIModel):
    """Bedrock: an MCP elicitation that asks the user to open a URL."""

    message: str
    """Why the server asks, shown to the user."""
    type: Literal["url"]
    """Always `url`."""
    url: str | None = None
    """The URL to open."""
