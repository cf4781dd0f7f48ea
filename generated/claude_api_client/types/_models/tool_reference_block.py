# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ToolReferenceBlock(APIModel):
    """A deferred tool that a tool search found."""

    tool_name: str
    """Name of the referenced tool."""
    type: Literal["tool_reference"]
    """Always `tool_reference`."""
