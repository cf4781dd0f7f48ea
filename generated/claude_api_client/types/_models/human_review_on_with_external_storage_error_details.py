# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class HumanReviewOnWithExternalStorageErrorDetails(APIModel):
    """Human review cannot be on while External Storage keeps the data."""

    error_code: Literal["human_review_on_with_external_storage"]
    """Always `human_review_on_with_external_storage`."""
