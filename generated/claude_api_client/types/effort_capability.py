# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.effort_capability`: the official path of these types."""

from __future__ import annotations

from ._models.effort_capability import EffortCapability as EffortCapability

__all__ = [
    "EffortCapability",
]
