# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compaction_nothing_to_summarize_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.compaction_nothing_to_summarize_error_details import (
    CompactionNothingToSummarizeErrorDetails as CompactionNothingToSummarizeErrorDetails,
)

__all__ = [
    "CompactionNothingToSummarizeErrorDetails",
]
