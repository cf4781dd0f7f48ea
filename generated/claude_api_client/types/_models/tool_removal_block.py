# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .tool_change_reference import ToolChangeReference


class ToolRemovalBlock(APIModel):
    """A tool the compacted range withdrew, as a compaction block reports it."""

    tool: ToolChangeReference
    """The tool withdrawn."""
    type: Literal["tool_removal"]
    """Always `tool_removal`."""
