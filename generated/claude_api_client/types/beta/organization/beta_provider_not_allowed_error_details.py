# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_provider_not_allowed_error_details`: the official path of these types."""

from __future__ import annotations

from ..._models.provider_not_allowed_error_details import (
    ProviderNotAllowedErrorDetails as BetaProviderNotAllowedErrorDetails,
)

__all__ = [
    "BetaProviderNotAllowedErrorDetails",
]
