# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Any, Literal

from claude_api_client._core._model_base import APIModel

from .allowed_caller import AllowedCaller
from .cache_control_ephemeral import CacheControlEphemeral
from .tool_input_schema import ToolInputSchema


class Tool(APIModel):
    """A custom tool that the caller implements, described by a JSON Schema."""

    type: Literal["custom"] | None = None
    """Optional tag; `custom` or absent."""
    description: str | None = None
    """What the tool does; detailed descriptions help the model."""
    name: str
    """Name the model calls the tool by."""
    input_schema: ToolInputSchema
    """JSON Schema of the tool's input."""
    cache_control: CacheControlEphemeral | None = None
    """Sets a prompt-cache breakpoint after this item."""
    strict: bool | None = None
    """Guarantee that tool names and inputs match the tool definition."""
    eager_input_streaming: bool | None = None
    """Stream this tool's input as it is generated (true), never (false), or as the betas decide (null)."""
    allowed_callers: list[AllowedCaller] | None = None
    """Who may invoke this tool: the model directly and/or code running in the code execution tool."""
    defer_loading: bool | None = None
    """Leave the tool out of the initial prompt until a tool search returns a reference to it."""
    input_examples: list[dict[str, Any]] | None = None
    """Sample inputs that show the model how to call the tool."""
