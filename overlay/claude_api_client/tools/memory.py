"""The local-filesystem memory tool (see `claude_api_client.lib.tools._memory`)."""

from __future__ import annotations

from ..lib.tools._memory import BetaAsyncLocalFilesystemMemoryTool, BetaLocalFilesystemMemoryTool

__all__ = ["BetaAsyncLocalFilesystemMemoryTool", "BetaLocalFilesystemMemoryTool"]
