# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .browser_triple_click_input import BrowserTripleClickInput
from .tool_caller import ToolCaller


class BrowserTripleClickToolUseBlock(APIModel):
    """A `tool_use` block calling the browser toolset's `triple_click` action."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    id: str
    """Unique id of this tool call."""
    input: BrowserTripleClickInput
    """The action's arguments."""
    name: Literal["triple_click"]
    """Always `triple_click`."""
    toolset_name: Literal["browser"]
    """Always `browser`."""
    type: Literal["tool_use"]
    """Always `tool_use`."""
