# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_organization_not_eligible_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import BetaOrganizationNotEligibleError as BetaOrganizationNotEligibleError

__all__ = [
    "BetaOrganizationNotEligibleError",
]
