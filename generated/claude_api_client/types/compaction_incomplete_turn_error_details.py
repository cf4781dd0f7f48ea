# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compaction_incomplete_turn_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.compaction_incomplete_turn_error_details import (
    CompactionIncompleteTurnErrorDetails as CompactionIncompleteTurnErrorDetails,
)

__all__ = [
    "CompactionIncompleteTurnErrorDetails",
]
