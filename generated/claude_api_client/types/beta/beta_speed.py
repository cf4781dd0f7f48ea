# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_speed`: the official path of these types."""

from __future__ import annotations

from .._models.speed import Speed as BetaSpeed

__all__ = [
    "BetaSpeed",
]
