# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_compaction_unavailable_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.compaction_unavailable_error_details import (
    CompactionUnavailableErrorDetails as BetaCompactionUnavailableErrorDetails,
)

__all__ = [
    "BetaCompactionUnavailableErrorDetails",
]
