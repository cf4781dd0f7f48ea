# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_known_beta`: the official path of these types."""

from __future__ import annotations

from .._params.known_beta_param import KnownBetaParam as BetaKnownBeta

__all__ = [
    "BetaKnownBeta",
]
