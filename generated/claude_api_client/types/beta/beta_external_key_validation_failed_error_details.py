# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_external_key_validation_failed_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.external_key_validation_failed_error_details import (
    ExternalKeyValidationFailedErrorDetails as BetaExternalKeyValidationFailedErrorDetails,
)

__all__ = [
    "BetaExternalKeyValidationFailedErrorDetails",
]
