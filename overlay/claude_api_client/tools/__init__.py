"""Client-side tools, at the official package's `anthropic.tools` path (the memory tool)."""

from __future__ import annotations

from .memory import BetaAsyncLocalFilesystemMemoryTool, BetaLocalFilesystemMemoryTool

__all__ = ["BetaAsyncLocalFilesystemMemoryTool", "BetaLocalFilesystemMemoryTool"]
