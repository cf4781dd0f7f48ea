# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsBedrockMCPElicitationAccept(APIModel):
    """Bedrock: the user accepted the MCP server's request."""

    type: Literal["accept"]
    """Always `accept`."""
