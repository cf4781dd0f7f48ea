# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.environment_archived_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.environment_archived_error_details import (
    EnvironmentArchivedErrorDetails as EnvironmentArchivedErrorDetails,
)

__all__ = [
    "EnvironmentArchivedErrorDetails",
]
