# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_increase_request_approve_params`: the official path of these types."""

from __future__ import annotations

from .._params.beta_increase_request_approve_params import (
    BetaIncreaseRequestApproveParams as BetaIncreaseRequestApproveParams,
)

__all__ = [
    "BetaIncreaseRequestApproveParams",
]
