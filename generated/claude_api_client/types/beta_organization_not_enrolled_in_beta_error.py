# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta_organization_not_enrolled_in_beta_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import (
    BetaOrganizationNotEnrolledInBetaError as BetaOrganizationNotEnrolledInBetaError,
)

__all__ = [
    "BetaOrganizationNotEnrolledInBetaError",
]
