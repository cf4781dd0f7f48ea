# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compaction_block`: the official path of these types."""

from __future__ import annotations

from ._models.compaction_block import CompactionBlock as CompactionBlock
from ._models.compaction_tool_change import CompactionToolChange as ToolChange

__all__ = [
    "CompactionBlock",
    "ToolChange",
]
