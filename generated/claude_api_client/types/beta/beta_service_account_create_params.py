# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_service_account_create_params`: the official path of these types."""

from __future__ import annotations

from .._params.beta_service_account_create_params import (
    BetaServiceAccountCreateParams as BetaServiceAccountCreateParams,
)

__all__ = [
    "BetaServiceAccountCreateParams",
]
