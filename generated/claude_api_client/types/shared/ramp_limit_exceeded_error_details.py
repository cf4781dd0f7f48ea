# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.ramp_limit_exceeded_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.ramp_limit_exceeded_error_details import (
    RampLimitExceededErrorDetails as RampLimitExceededErrorDetails,
)

__all__ = [
    "RampLimitExceededErrorDetails",
]
