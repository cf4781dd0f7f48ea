# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Any, Literal

from claude_api_client._core._model_base import APIModel

from .allowed_caller import AllowedCaller
from .cache_control_ephemeral import CacheControlEphemeral


class ToolTextEditor20250124(APIModel):
    """The text editor tool, version 20250124: views and edits files on the caller's machine."""

    allowed_callers: list[AllowedCaller] | None = None
    """Who may invoke this tool: the model directly and/or code running in the code execution tool."""
    cache_control: CacheControlEphemeral | None = None
    """Sets a prompt-cache breakpoint after this item."""
    defer_loading: bool | None = None
    """Leave the tool out of the initial prompt until a tool search returns a reference to it."""
    input_examples: list[dict[str, Any]] | None = None
    """Sample inputs that show the model how to call the tool."""
    name: Literal["str_replace_editor"]
    """Name the model uses to call the tool."""
    strict: bool | None = None
    """Guarantee that tool names and inputs match the tool definition."""
    type: Literal["text_editor_20250124"]
    """Always `text_editor_20250124`."""
