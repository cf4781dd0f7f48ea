# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ManagedAgentsCacheCreationUsage(APIModel):
    """Cache creation usage."""

    ephemeral_1h_input_tokens: int | None = None
    """Input tokens written to the 1-hour cache."""
    ephemeral_5m_input_tokens: int | None = None
    """Input tokens written to the 5-minute cache."""
