# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CompactionNothingToSummarizeErrorDetails(APIModel):
    """There is nothing to compact."""

    error_code: Literal["compaction_nothing_to_summarize"]
    """Always `compaction_nothing_to_summarize`."""
