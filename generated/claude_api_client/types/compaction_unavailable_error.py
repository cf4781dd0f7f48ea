# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compaction_unavailable_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import CompactionUnavailableError as CompactionUnavailableError

__all__ = [
    "CompactionUnavailableError",
]
