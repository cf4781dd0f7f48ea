# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class CountTokensContextManagementResponse(APIModel):
    """Token count before context management was applied."""

    original_input_tokens: int
    """Input tokens before context management was applied."""
