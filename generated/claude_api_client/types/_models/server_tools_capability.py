# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .capability_support import CapabilitySupport


class ServerToolsCapability(APIModel):
    """Which server tools the model can run; a tool counts when at least one of its versions works."""

    supported: bool
    code_execution: CapabilitySupport
    web_search: CapabilitySupport
