# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .compliance_review_content_unavailable_reason import (
    ComplianceReviewContentUnavailableReason,
)
from .compliance_review_create_message_content import (
    ComplianceReviewCreateMessageContent,
)


class ComplianceReviewMessageDetails(APIModel):
    """A message sent to Claude."""

    type: Literal["message"]
    """Always `message`."""
    model: str | None = None
    """The model the call named; null when unrecorded."""
    content: ComplianceReviewCreateMessageContent | None = None
    """The stored request and response; null when `content_unavailable_reason` says why not."""
    content_unavailable_reason: ComplianceReviewContentUnavailableReason | None = None
    """Why `content` is null; null when it is given."""
