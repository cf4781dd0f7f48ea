# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class MemoryTool20250818DeleteCommand(APIModel):
    """Delete a memory file or directory."""

    command: Literal["delete"]
    """Always `delete`."""
    path: str
    """The file or directory to delete."""
