# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compaction_tool_change_param`: the official path of these types."""

from __future__ import annotations

from ._params.compaction_tool_change_param import (
    CompactionToolChangeParam as CompactionToolChangeParam,
)

__all__ = [
    "CompactionToolChangeParam",
]
