# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_contract_spend_limit_reached_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.contract_spend_limit_reached_error_details import (
    ContractSpendLimitReachedErrorDetails as BetaContractSpendLimitReachedErrorDetails,
)

__all__ = [
    "BetaContractSpendLimitReachedErrorDetails",
]
