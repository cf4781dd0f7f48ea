# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ManagedAgentsAgentToolset20260401ReadInput(APIModel):
    """The input of the agent toolset's `read` tool."""

    file_path: str
    """The file to read."""
    view_range: list[int] | None = None
    """First and last line to read (1-based, inclusive)."""
