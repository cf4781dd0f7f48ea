# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_authorization_check_unavailable_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.authorization_check_unavailable_error_details import (
    AuthorizationCheckUnavailableErrorDetails as BetaAuthorizationCheckUnavailableErrorDetails,
)

__all__ = [
    "BetaAuthorizationCheckUnavailableErrorDetails",
]
