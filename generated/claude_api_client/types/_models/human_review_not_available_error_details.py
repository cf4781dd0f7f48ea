# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class HumanReviewNotAvailableErrorDetails(APIModel):
    """Human review cannot be set that way on this Workspace, so nothing changed (the message says what to do instead)."""

    error_code: Literal["human_review_not_available"]
    """Always `human_review_not_available`."""
