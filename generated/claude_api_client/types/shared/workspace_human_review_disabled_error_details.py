# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.workspace_human_review_disabled_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.workspace_human_review_disabled_error_details import (
    WorkspaceHumanReviewDisabledErrorDetails as WorkspaceHumanReviewDisabledErrorDetails,
)

__all__ = [
    "WorkspaceHumanReviewDisabledErrorDetails",
]
