# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.rate_limit_list_params`: the official path of these types."""

from __future__ import annotations

from ..._params.beta_organization_rate_limit_list_params import (
    BetaOrganizationRateLimitListParams as RateLimitListParams,
)

__all__ = [
    "RateLimitListParams",
]
