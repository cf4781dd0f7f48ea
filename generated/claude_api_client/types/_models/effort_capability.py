# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .capability_support import CapabilitySupport


class EffortCapability(APIModel):
    """Support for the `effort` setting, level by level."""

    supported: bool
    """True when the model takes an `effort` setting at all."""
    low: CapabilitySupport
    """Support for the `low` level."""
    medium: CapabilitySupport
    """Support for the `medium` level."""
    high: CapabilitySupport
    """Support for the `high` level."""
    max: CapabilitySupport
    """Support for the `max` level."""
    xhigh: CapabilitySupport | None = None
    """Support for the `xhigh` level; null where the model does not report it."""
