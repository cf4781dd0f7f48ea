# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .allowed_caller import AllowedCaller
from .browser_toolset_configs import BrowserToolsetConfigs
from .cache_control_ephemeral import CacheControlEphemeral


class BrowserToolset20260801(APIModel):
    """The browser toolset: actions that drive a web browser run by the caller."""

    allowed_callers: list[AllowedCaller] | None = None
    """Who may invoke this tool: the model directly and/or code running in the code execution tool."""
    cache_control: CacheControlEphemeral | None = None
    """Sets a prompt-cache breakpoint after this item."""
    configs: BrowserToolsetConfigs | None = None
    """Overrides for individual members, keyed by member name."""
    type: Literal["browser_toolset_20260801"]
    """Always `browser_toolset_20260801`."""
