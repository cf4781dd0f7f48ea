# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class MemoryTool20250818InsertCommand(APIModel):
    """Insert text into a memory file after a given line."""

    command: Literal["insert"]
    """Always `insert`."""
    path: str
    """The file to edit."""
    insert_line: int
    """The line after which the text goes (0 puts it at the top)."""
    insert_text: str
    """The text to insert."""
