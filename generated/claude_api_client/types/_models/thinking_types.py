# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .capability_support import CapabilitySupport


class ThinkingTypes(APIModel):
    """Which extended-thinking modes the model accepts."""

    adaptive: CapabilitySupport
    between_tools: CapabilitySupport | None = None
    disabled: CapabilitySupport | None = None
    enabled: CapabilitySupport
