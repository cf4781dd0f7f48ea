# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ManagedAgentsAgentToolset20260401GlobInput(APIModel):
    """The input of the agent toolset's `glob` tool, to find files by pattern."""

    pattern: str
    """The glob pattern (`**` crosses directories)."""
    path: str | None = None
    """The directory to search under."""
