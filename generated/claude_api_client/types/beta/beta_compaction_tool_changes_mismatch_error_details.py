# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_compaction_tool_changes_mismatch_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.compaction_tool_changes_mismatch_error_details import (
    CompactionToolChangesMismatchErrorDetails as BetaCompactionToolChangesMismatchErrorDetails,
)

__all__ = [
    "BetaCompactionToolChangesMismatchErrorDetails",
]
