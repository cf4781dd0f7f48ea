# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class AnalyticsToolActionCounts(APIModel):
    """How often a tool's proposed changes were accepted or rejected."""

    accepted_count: int
    """Changes accepted."""
    rejected_count: int
    """Changes rejected."""
