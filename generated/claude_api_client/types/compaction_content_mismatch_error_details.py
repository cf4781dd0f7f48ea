# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compaction_content_mismatch_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.compaction_content_mismatch_error_details import (
    CompactionContentMismatchErrorDetails as CompactionContentMismatchErrorDetails,
)

__all__ = [
    "CompactionContentMismatchErrorDetails",
]
