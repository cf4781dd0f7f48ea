# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compaction_tool_changes_mismatch_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import (
    CompactionToolChangesMismatchError as CompactionToolChangesMismatchError,
)

__all__ = [
    "CompactionToolChangesMismatchError",
]
