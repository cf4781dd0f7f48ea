# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compaction_content_mismatch_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import CompactionContentMismatchError as CompactionContentMismatchError

__all__ = [
    "CompactionContentMismatchError",
]
