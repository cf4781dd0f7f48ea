# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_increase_request_deny_params`: the official path of these types."""

from __future__ import annotations

from .._params.beta_increase_request_deny_params import (
    BetaIncreaseRequestDenyParams as BetaIncreaseRequestDenyParams,
)

__all__ = [
    "BetaIncreaseRequestDenyParams",
]
