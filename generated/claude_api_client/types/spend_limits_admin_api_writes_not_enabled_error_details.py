# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.spend_limits_admin_api_writes_not_enabled_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.spend_limits_admin_api_writes_not_enabled_error_details import (
    SpendLimitsAdminAPIWritesNotEnabledErrorDetails as SpendLimitsAdminAPIWritesNotEnabledErrorDetails,
)

__all__ = [
    "SpendLimitsAdminAPIWritesNotEnabledErrorDetails",
]
