# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_compaction_iteration_usage`: the official path of these types."""

from __future__ import annotations

from .._models.compaction_iteration_usage import (
    CompactionIterationUsage as BetaCompactionIterationUsage,
)

__all__ = [
    "BetaCompactionIterationUsage",
]
