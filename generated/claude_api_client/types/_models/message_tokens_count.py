# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .count_tokens_context_management_response import (
    CountTokensContextManagementResponse,
)


class MessageTokensCount(APIModel):
    """Number of input tokens a request would use."""

    input_tokens: int
    """Total input tokens of the messages, system prompt and tools."""
    context_management: CountTokensContextManagementResponse | None = None
    """Token count before context management was applied."""
