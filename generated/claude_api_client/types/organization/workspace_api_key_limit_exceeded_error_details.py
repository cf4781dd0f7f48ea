# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.workspace_api_key_limit_exceeded_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.workspace_api_key_limit_exceeded_error_details import (
    WorkspaceAPIKeyLimitExceededErrorDetails as WorkspaceAPIKeyLimitExceededErrorDetails,
)

__all__ = [
    "WorkspaceAPIKeyLimitExceededErrorDetails",
]
