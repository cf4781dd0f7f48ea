# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_speed_param`: the official path of these types."""

from __future__ import annotations

from .._params.speed_param import SpeedParam as BetaSpeedParam

__all__ = [
    "BetaSpeedParam",
]
