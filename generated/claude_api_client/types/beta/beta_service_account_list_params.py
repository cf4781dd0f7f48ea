# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_service_account_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.beta_service_account_list_params import (
    BetaServiceAccountListParams as BetaServiceAccountListParams,
)

__all__ = [
    "BetaServiceAccountListParams",
]
