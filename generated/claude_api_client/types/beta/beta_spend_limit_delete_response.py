# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_spend_limit_delete_response`: the official path of these types."""

from __future__ import annotations

from .._models.spend_limit_delete_response import (
    SpendLimitDeleteResponse as BetaSpendLimitDeleteResponse,
)

__all__ = [
    "BetaSpendLimitDeleteResponse",
]
