# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .capability_support import CapabilitySupport


class ServerToolsCapability(APIModel):
    """Which server tools the model can run; a tool counts when at least one of its versions works."""

    supported: bool
    """True when the model runs at least one of these server tools."""
    code_execution: CapabilitySupport
    """Support for some version of the code execution tool."""
    web_search: CapabilitySupport
    """Support for some version of the web search tool."""
