# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compaction_nothing_to_summarize_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import CompactionNothingToSummarizeError as CompactionNothingToSummarizeError

__all__ = [
    "CompactionNothingToSummarizeError",
]
