# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .browser_read_network_input import BrowserReadNetworkInput
from .tool_caller import ToolCaller


class BrowserReadNetworkToolUseBlock(APIModel):
    """A `tool_use` block calling the browser toolset's `read_network` action."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    id: str
    """Unique id of this tool call."""
    input: BrowserReadNetworkInput
    """The action's arguments."""
    name: Literal["read_network"]
    """Always `read_network`."""
    toolset_name: Literal["browser"]
    """Always `browser`."""
    type: Literal["tool_use"]
    """Always `tool_use`."""
