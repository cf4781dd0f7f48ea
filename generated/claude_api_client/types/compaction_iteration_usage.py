# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compaction_iteration_usage`: the official path of these types."""

from __future__ import annotations

from ._models.compaction_iteration_usage import CompactionIterationUsage as CompactionIterationUsage

__all__ = [
    "CompactionIterationUsage",
]
