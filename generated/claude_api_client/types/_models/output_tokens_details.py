# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class OutputTokensDetails(APIModel):
    """Output tokens split by category."""

    thinking_tokens: int | None = None
    """Output tokens spent on internal reasoning."""
