# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class OrganizationRateLimitValue(APIModel):
    """One limit: what it counts, and how much."""

    type: str
    """What the limit counts (`requests_per_minute`, `input_tokens_per_minute` …)."""
    value: int
    """The limit."""
