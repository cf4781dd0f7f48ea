# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ToolChangeToolReference(APIModel):
    """A tool of `tools` (or added earlier), by the name the model calls it."""

    name: str
    """The tool name."""
    type: Literal["tool_reference"]
    """Always `tool_reference`."""
