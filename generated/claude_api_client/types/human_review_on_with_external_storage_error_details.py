# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.human_review_on_with_external_storage_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.human_review_on_with_external_storage_error_details import (
    HumanReviewOnWithExternalStorageErrorDetails as HumanReviewOnWithExternalStorageErrorDetails,
)

__all__ = [
    "HumanReviewOnWithExternalStorageErrorDetails",
]
