# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_compaction_block`: the official path of these types."""

from __future__ import annotations

from .._models.compaction_block import CompactionBlock as BetaCompactionBlock
from .._models.compaction_tool_change import CompactionToolChange as ToolChange

__all__ = [
    "BetaCompactionBlock",
    "ToolChange",
]
