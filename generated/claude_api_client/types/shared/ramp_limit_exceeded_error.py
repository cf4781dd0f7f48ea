# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.ramp_limit_exceeded_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import RampLimitExceededError as RampLimitExceededError

__all__ = [
    "RampLimitExceededError",
]
