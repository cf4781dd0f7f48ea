# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.speed_param`: the official path of these types."""

from __future__ import annotations

from ._params.speed_param import SpeedParam as SpeedParam

__all__ = [
    "SpeedParam",
]
