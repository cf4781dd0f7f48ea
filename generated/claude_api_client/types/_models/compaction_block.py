# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .compaction_tool_change import CompactionToolChange


class CompactionBlock(APIModel):
    """Summary of older context produced by compaction."""

    content: str | None = None
    """Summary of the earlier conversation, or null when compaction failed."""
    encrypted_content: str | None = None
    """Opaque content to send back unchanged in later turns."""
    type: Literal["compaction"]
    """Always `compaction`."""
    signature: str | None = None
    """Signature over the summary; send it back unchanged."""
    tool_changes: list[CompactionToolChange] | None = None
    """The tool additions and removals of the compacted range (`[]` when none; absent when not computed); send them back unchanged."""
