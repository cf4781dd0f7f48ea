# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_human_review_on_with_external_storage_error`: the official path of these types."""

from __future__ import annotations

from ...._error_classes import (
    BetaHumanReviewOnWithExternalStorageError as BetaHumanReviewOnWithExternalStorageError,
)

__all__ = [
    "BetaHumanReviewOnWithExternalStorageError",
]
