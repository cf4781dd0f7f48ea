# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsBedrockMCPElicitationDecline(APIModel):
    """Bedrock: the user declined the MCP server's request."""

    type: Literal["decline"]
    """Always `decline`."""
