# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compaction_content_block_delta`: the official path of these types."""

from __future__ import annotations

from ._models.compaction_delta import CompactionDelta as CompactionContentBlockDelta

__all__ = [
    "CompactionContentBlockDelta",
]
