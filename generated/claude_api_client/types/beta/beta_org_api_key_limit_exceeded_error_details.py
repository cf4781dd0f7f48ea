# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_org_api_key_limit_exceeded_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.org_api_key_limit_exceeded_error_details import (
    OrgAPIKeyLimitExceededErrorDetails as BetaOrgAPIKeyLimitExceededErrorDetails,
)

__all__ = [
    "BetaOrgAPIKeyLimitExceededErrorDetails",
]
