# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_available_tools_limit_exceeded_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.available_tools_limit_exceeded_error_details import (
    AvailableToolsLimitExceededErrorDetails as BetaAvailableToolsLimitExceededErrorDetails,
)

__all__ = [
    "BetaAvailableToolsLimitExceededErrorDetails",
]
