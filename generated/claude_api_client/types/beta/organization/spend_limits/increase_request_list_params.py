# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.spend_limits.increase_request_list_params`: the official path of these types."""

from __future__ import annotations

from ...._params.beta_increase_request_list_params import (
    BetaIncreaseRequestListParams as IncreaseRequestListParams,
)

__all__ = [
    "IncreaseRequestListParams",
]
