# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_effort_capability`: the official path of these types."""

from __future__ import annotations

from .._models.effort_capability import EffortCapability as BetaEffortCapability

__all__ = [
    "BetaEffortCapability",
]
