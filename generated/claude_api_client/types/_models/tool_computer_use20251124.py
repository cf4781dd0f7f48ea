# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Any, Literal

from claude_api_client._core._model_base import APIModel

from .allowed_caller import AllowedCaller
from .cache_control_ephemeral import CacheControlEphemeral


class ToolComputerUse20251124(APIModel):
    """The computer use tool, version 20251124: screen, mouse and keyboard control."""

    allowed_callers: list[AllowedCaller] | None = None
    """Who may invoke this tool: the model directly and/or code running in the code execution tool."""
    cache_control: CacheControlEphemeral | None = None
    """Sets a prompt-cache breakpoint after this item."""
    defer_loading: bool | None = None
    """Leave the tool out of the initial prompt until a tool search returns a reference to it."""
    display_height_px: int
    """Height of the display in pixels."""
    display_number: int | None = None
    """X11 display number, for environments with several displays."""
    display_width_px: int
    """Width of the display in pixels."""
    enable_zoom: bool | None = None
    """Offer an action that takes a zoomed-in screenshot."""
    input_examples: list[dict[str, Any]] | None = None
    """Sample inputs that show the model how to call the tool."""
    name: Literal["computer"]
    """Name the model uses to call the tool."""
    strict: bool | None = None
    """Guarantee that tool names and inputs match the tool definition."""
    type: Literal["computer_20251124"]
    """Always `computer_20251124`."""
