# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .allowed_caller import AllowedCaller
from .cache_control_ephemeral import CacheControlEphemeral


class CodeExecutionTool20250825(APIModel):
    """The code execution server tool, version 20250825: runs code in an Anthropic sandbox."""

    allowed_callers: list[AllowedCaller] | None = None
    """Who may invoke this tool: the model directly and/or code running in the code execution tool."""
    cache_control: CacheControlEphemeral | None = None
    """Sets a prompt-cache breakpoint after this item."""
    defer_loading: bool | None = None
    """Leave the tool out of the initial prompt until a tool search returns a reference to it."""
    name: Literal["code_execution"]
    """Name the model uses to call the tool."""
    strict: bool | None = None
    """Guarantee that tool names and inputs match the tool definition."""
    type: Literal["code_execution_20250825"]
    """Always `code_execution_20250825`."""
