# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .allowed_caller import AllowedCaller
from .cache_control_ephemeral import CacheControlEphemeral
from .computer_toolset_configs import ComputerToolsetConfigs


class ComputerToolset20260801(APIModel):
    """The computer toolset: actions that drive a desktop run by the caller."""

    allowed_callers: list[AllowedCaller] | None = None
    """Who may invoke this tool: the model directly and/or code running in the code execution tool."""
    cache_control: CacheControlEphemeral | None = None
    """Sets a prompt-cache breakpoint after this item."""
    configs: ComputerToolsetConfigs | None = None
    """Overrides for individual members, keyed by member name."""
    type: Literal["computer_toolset_20260801"]
    """Always `computer_toolset_20260801`."""
