# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.workspaces.rate_limit_list_params`: the official path of these types."""

from __future__ import annotations

from ...._params.beta_rate_limit_list_params import BetaRateLimitListParams as RateLimitListParams

__all__ = [
    "RateLimitListParams",
]
