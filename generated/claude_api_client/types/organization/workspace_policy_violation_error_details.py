# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.workspace_policy_violation_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.workspace_policy_violation_error_details import (
    WorkspacePolicyViolationErrorDetails as WorkspacePolicyViolationErrorDetails,
)

__all__ = [
    "WorkspacePolicyViolationErrorDetails",
]
