# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.org_api_key_limit_exceeded_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import OrgAPIKeyLimitExceededError as OrgAPIKeyLimitExceededError

__all__ = [
    "OrgAPIKeyLimitExceededError",
]
