# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_registration_pending_error`: the official path of these types."""

from __future__ import annotations

from ...._error_classes import BetaRegistrationPendingError as BetaRegistrationPendingError

__all__ = [
    "BetaRegistrationPendingError",
]
