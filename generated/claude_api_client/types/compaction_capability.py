# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compaction_capability`: the official path of these types."""

from __future__ import annotations

from ._models.compaction_capability import CompactionCapability as CompactionCapability

__all__ = [
    "CompactionCapability",
]
