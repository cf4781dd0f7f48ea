# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_spend_limit_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.spend_limit_list_params import SpendLimitListParams as BetaSpendLimitListParams

__all__ = [
    "BetaSpendLimitListParams",
]
