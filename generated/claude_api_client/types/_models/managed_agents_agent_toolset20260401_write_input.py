# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ManagedAgentsAgentToolset20260401WriteInput(APIModel):
    """The input of the agent toolset's `write` tool, to write a whole file."""

    file_path: str
    """The file to write."""
    content: str
    """The whole content of the file."""
