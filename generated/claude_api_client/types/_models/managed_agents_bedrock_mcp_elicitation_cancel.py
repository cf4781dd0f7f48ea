# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsBedrockMCPElicitationCancel(APIModel):
    """Bedrock: the user dismissed the MCP server's request without an answer."""

    type: Literal["cancel"]
    """Always `cancel`."""
