# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .compaction_tool_change import CompactionToolChange


class CompactionBlock(APIModel):
    """Summary of older context produced by compaction."""

    content: str | None = None
    encrypted_content: str | None = None
    type: Literal["compaction"]
    signature: str | None = None
    tool_changes: list[CompactionToolChange] | None = None
