"""The memory tool: the local-filesystem implementations and the abstract classes a custom
store subclasses (see `claude_api_client.lib.tools._memory`)."""

from __future__ import annotations

from ..lib.tools._memory import (
    BetaAbstractMemoryTool,
    BetaAsyncAbstractMemoryTool,
    BetaAsyncLocalFilesystemMemoryTool,
    BetaLocalFilesystemMemoryTool,
)

__all__ = [
    "BetaAbstractMemoryTool",
    "BetaAsyncAbstractMemoryTool",
    "BetaAsyncLocalFilesystemMemoryTool",
    "BetaLocalFilesystemMemoryTool",
]
