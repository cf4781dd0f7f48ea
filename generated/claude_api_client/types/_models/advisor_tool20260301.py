# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .allowed_caller import AllowedCaller
from .cache_control_ephemeral import CacheControlEphemeral
from .model import Model


class AdvisorTool20260301(APIModel):
    """The advisor server tool, version 20260301: lets the model consult a stronger model mid-task."""

    allowed_callers: list[AllowedCaller] | None = None
    """Who may invoke this tool: the model directly and/or code running in the code execution tool."""
    cache_control: CacheControlEphemeral | None = None
    """Sets a prompt-cache breakpoint after this item."""
    caching: CacheControlEphemeral | None = None
    """Prompt caching of the advisor's own prompt."""
    defer_loading: bool | None = None
    """Leave the tool out of the initial prompt until a tool search returns a reference to it."""
    max_tokens: int | None = None
    """Upper limit on the advisor's output per call."""
    max_uses: int | None = None
    """Upper limit on how many times the tool may be used in one request."""
    model: Model
    """Model that acts as the advisor."""
    name: Literal["advisor"]
    """Name the model uses to call the tool."""
    strict: bool | None = None
    """Guarantee that tool names and inputs match the tool definition."""
    type: Literal["advisor_20260301"]
    """Always `advisor_20260301`."""
