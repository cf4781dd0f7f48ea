# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_compaction_block_param`: the official path of these types."""

from __future__ import annotations

from .._params.compaction_block_param import CompactionBlockParam as BetaCompactionBlockParam
from .._params.compaction_tool_change_param import CompactionToolChangeParam as ToolChange

__all__ = [
    "BetaCompactionBlockParam",
    "ToolChange",
]
