# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_environment_not_found_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.environment_not_found_error_details import (
    EnvironmentNotFoundErrorDetails as BetaEnvironmentNotFoundErrorDetails,
)

__all__ = [
    "BetaEnvironmentNotFoundErrorDetails",
]
