# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compaction_block_param`: the official path of these types."""

from __future__ import annotations

from ._params.compaction_block_param import CompactionBlockParam as CompactionBlockParam
from ._params.compaction_tool_change_param import CompactionToolChangeParam as ToolChange

__all__ = [
    "CompactionBlockParam",
    "ToolChange",
]
