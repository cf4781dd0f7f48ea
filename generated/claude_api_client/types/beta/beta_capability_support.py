# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_capability_support`: the official path of these types."""

from __future__ import annotations

from .._models.capability_support import CapabilitySupport as BetaCapabilitySupport

__all__ = [
    "BetaCapabilitySupport",
]
