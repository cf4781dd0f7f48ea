# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_allowed_caller`: the official path of these types."""

from __future__ import annotations

from .._models.allowed_caller import AllowedCaller as BetaAllowedCaller

__all__ = [
    "BetaAllowedCaller",
]
