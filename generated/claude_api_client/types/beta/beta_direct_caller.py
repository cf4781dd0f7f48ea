# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_direct_caller`: the official path of these types."""

from __future__ import annotations

from .._models.direct_caller import DirectCaller as BetaDirectCaller

__all__ = [
    "BetaDirectCaller",
]
