# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_compaction_too_many_tool_references_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.compaction_too_many_tool_references_error_details import (
    CompactionTooManyToolReferencesErrorDetails as BetaCompactionTooManyToolReferencesErrorDetails,
)

__all__ = [
    "BetaCompactionTooManyToolReferencesErrorDetails",
]
