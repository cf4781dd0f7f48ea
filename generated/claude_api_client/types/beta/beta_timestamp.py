# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_timestamp`: the official path of these types."""

from __future__ import annotations

from .._models.timestamp import Timestamp as BetaTimestamp

__all__ = [
    "BetaTimestamp",
]
