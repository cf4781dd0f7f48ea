# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Any, Literal

from claude_api_client._core._model_base import APIModel

from .allowed_caller import AllowedCaller
from .cache_control_ephemeral import CacheControlEphemeral


class MemoryTool20250818(APIModel):
    """The memory tool, version 20250818: lets the model keep notes in files the caller stores."""

    allowed_callers: list[AllowedCaller] | None = None
    """Who may invoke this tool: the model directly and/or code running in the code execution tool."""
    cache_control: CacheControlEphemeral | None = None
    """Sets a prompt-cache breakpoint after this item."""
    defer_loading: bool | None = None
    """Leave the tool out of the initial prompt until a tool search returns a reference to it."""
    input_examples: list[dict[str, Any]] | None = None
    """Sample inputs that show the model how to call the tool."""
    name: Literal["memory"]
    """Name the model uses to call the tool."""
    strict: bool | None = None
    """Guarantee that tool names and inputs match the tool definition."""
    type: Literal["memory_20250818"]
    """Always `memory_20250818`."""
