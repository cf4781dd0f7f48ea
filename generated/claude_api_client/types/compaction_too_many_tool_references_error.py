# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compaction_too_many_tool_references_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import (
    CompactionTooManyToolReferencesError as CompactionTooManyToolReferencesError,
)

__all__ = [
    "CompactionTooManyToolReferencesError",
]
