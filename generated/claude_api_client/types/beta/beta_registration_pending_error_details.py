# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_registration_pending_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.registration_pending_error_details import (
    RegistrationPendingErrorDetails as BetaRegistrationPendingErrorDetails,
)

__all__ = [
    "BetaRegistrationPendingErrorDetails",
]
