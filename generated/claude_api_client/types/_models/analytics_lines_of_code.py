# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class AnalyticsLinesOfCode(APIModel):
    """Lines of code changed."""

    added_count: int
    """Lines added."""
    removed_count: int
    """Lines removed."""
