# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.org_api_key_limit_exceeded_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.org_api_key_limit_exceeded_error_details import (
    OrgAPIKeyLimitExceededErrorDetails as OrgAPIKeyLimitExceededErrorDetails,
)

__all__ = [
    "OrgAPIKeyLimitExceededErrorDetails",
]
