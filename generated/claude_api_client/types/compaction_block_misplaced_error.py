# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compaction_block_misplaced_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import CompactionBlockMisplacedError as CompactionBlockMisplacedError

__all__ = [
    "CompactionBlockMisplacedError",
]
