# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ManagedAgentsAgentToolset20260401GrepInput(APIModel):
    """The input of the agent toolset's `grep` tool, to search file contents."""

    pattern: str
    """The regular expression to look for."""
    path: str | None = None
    """The directory to search under."""
