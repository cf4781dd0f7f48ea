# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compaction_incomplete_turn_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import CompactionIncompleteTurnError as CompactionIncompleteTurnError

__all__ = [
    "CompactionIncompleteTurnError",
]
