# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.workspaces.rate_limit_list_params`: the official path of these types."""

from __future__ import annotations

from ..._params.rate_limit_list_params import RateLimitListParams as RateLimitListParams

__all__ = [
    "RateLimitListParams",
]
