# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_rate_limit_group`: the official path of these types."""

from __future__ import annotations

from .._models.rate_limit_group import RateLimitGroup as BetaRateLimitGroup

__all__ = [
    "BetaRateLimitGroup",
]
