# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class CacheCreation(APIModel):
    """Tokens written to the prompt cache, by cache lifetime."""

    ephemeral_1h_input_tokens: int | None = None
    """Input tokens written to the one-hour cache."""
    ephemeral_5m_input_tokens: int | None = None
    """Input tokens written to the five-minute cache."""
