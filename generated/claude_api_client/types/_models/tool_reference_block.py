# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel


class ToolReferenceBlock(APIModel):
    """A deferred tool that a tool search found."""

    tool_name: Annotated[str, Field(max_length=256, min_length=1, pattern="^[a-zA-Z0-9_-]{1,256}$")]
    """Name of the referenced tool."""
    type: Literal["tool_reference"]
    """Always `tool_reference`."""
