# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compaction_block_param`: the official path of these types."""

from __future__ import annotations

from ._params.compaction_block_param import CompactionBlockParam as CompactionBlockParam

__all__ = [
    "CompactionBlockParam",
]
