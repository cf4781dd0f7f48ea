# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class MemoryTool20250818CreateCommand(APIModel):
    """Write a new memory file (or overwrite one)."""

    command: Literal["create"]
    """Always `create`."""
    path: str
    """The file to write."""
    file_text: str
    """The whole content of the file."""
