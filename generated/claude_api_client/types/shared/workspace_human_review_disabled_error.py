# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.workspace_human_review_disabled_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import WorkspaceHumanReviewDisabledError as WorkspaceHumanReviewDisabledError

__all__ = [
    "WorkspaceHumanReviewDisabledError",
]
