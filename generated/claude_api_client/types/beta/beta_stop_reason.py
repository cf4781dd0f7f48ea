# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_stop_reason`: the official path of these types."""

from __future__ import annotations

from .._models.stop_reason import StopReason as BetaStopReason

__all__ = [
    "BetaStopReason",
]
