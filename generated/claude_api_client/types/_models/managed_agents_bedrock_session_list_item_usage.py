# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ManagedAgentsBedrockSessionListItemUsage(APIModel):
    """Bedrock: token counts of a session in a list."""

    input_tokens: int | None = None
    """Input tokens the session used so far, or null."""
    output_tokens: int | None = None
    """Output tokens the session produced so far, or null."""
