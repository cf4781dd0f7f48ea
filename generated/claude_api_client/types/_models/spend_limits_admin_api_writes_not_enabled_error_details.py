# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class SpendLimitsAdminAPIWritesNotEnabledErrorDetails(APIModel):
    """Setting these spend limits through the API is not enabled for the organization."""

    error_code: Literal["spend_limits_admin_api_writes_not_enabled"]
    """Always `spend_limits_admin_api_writes_not_enabled`."""
