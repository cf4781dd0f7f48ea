# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ManagedAgentsAgentToolset20260401EditInput(APIModel):
    """The input of the agent toolset's `edit` tool, to replace a text in a file."""

    file_path: str
    """The file to edit."""
    old_string: str
    """The text to find; it must occur once unless `replace_all`."""
    new_string: str
    """The text that takes its place."""
    replace_all: bool | None = None
    """Replace every occurrence."""
