# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .capability_support import CapabilitySupport


class ThinkingTypes(APIModel):
    """Which extended-thinking modes the model accepts."""

    adaptive: CapabilitySupport
    """Support for `thinking.type` set to `adaptive`."""
    between_tools: CapabilitySupport | None = None
    """Support for `thinking.type` set to `between_tools`."""
    disabled: CapabilitySupport | None = None
    """Support for `thinking.type` set to `disabled` (true also for models that never think)."""
    enabled: CapabilitySupport
    """Support for `thinking.type` set to `enabled`."""
