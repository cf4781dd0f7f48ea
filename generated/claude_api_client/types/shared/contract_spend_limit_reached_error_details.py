# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.contract_spend_limit_reached_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.contract_spend_limit_reached_error_details import (
    ContractSpendLimitReachedErrorDetails as ContractSpendLimitReachedErrorDetails,
)

__all__ = [
    "ContractSpendLimitReachedErrorDetails",
]
