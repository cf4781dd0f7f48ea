# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class MemoryTool20250818StrReplaceCommand(APIModel):
    """Replace one occurrence of a text in a memory file."""

    command: Literal["str_replace"]
    """Always `str_replace`."""
    path: str
    """The file to edit."""
    old_str: str
    """The text to find."""
    new_str: str
    """The text that takes its place."""
