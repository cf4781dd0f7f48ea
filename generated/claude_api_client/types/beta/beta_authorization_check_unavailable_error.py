# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_authorization_check_unavailable_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import (
    BetaAuthorizationCheckUnavailableError as BetaAuthorizationCheckUnavailableError,
)

__all__ = [
    "BetaAuthorizationCheckUnavailableError",
]
