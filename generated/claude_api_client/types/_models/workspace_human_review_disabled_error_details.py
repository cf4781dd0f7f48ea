# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class WorkspaceHumanReviewDisabledErrorDetails(APIModel):
    """Human review is turned off for this Workspace."""

    error_code: Literal["workspace_human_review_disabled"]
    """Always `workspace_human_review_disabled`."""
