# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class MemoryTool20250818ViewCommand(APIModel):
    """Show a memory file's text or a directory's listing."""

    command: Literal["view"]
    """Always `view`."""
    path: str
    """The file or directory, under `/memories`."""
    view_range: list[int] | None = None
    """First and last line to show (1-based, inclusive)."""
