# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .capability_support import CapabilitySupport


class CompactionCapability(APIModel):
    """Whether the model takes the top-level `compaction` request field, per `compaction.type`."""

    supported: bool
    """True when the model accepts a `compaction` request."""
    summarize: CapabilitySupport
    """Support for `compaction.type` set to `summarize`."""
