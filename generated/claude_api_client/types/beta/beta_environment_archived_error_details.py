# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_environment_archived_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.environment_archived_error_details import (
    EnvironmentArchivedErrorDetails as BetaEnvironmentArchivedErrorDetails,
)

__all__ = [
    "BetaEnvironmentArchivedErrorDetails",
]
