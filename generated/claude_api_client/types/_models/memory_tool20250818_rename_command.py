# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class MemoryTool20250818RenameCommand(APIModel):
    """Move or rename a memory file or directory."""

    command: Literal["rename"]
    """Always `rename`."""
    old_path: str
    """Where it is now."""
    new_path: str
    """Where it goes."""
