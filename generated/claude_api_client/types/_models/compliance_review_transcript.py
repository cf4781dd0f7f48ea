# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ComplianceReviewTranscript(APIModel):
    """One flagged message of a review case."""

    item_id: str
    """ID of the flagged message; read it with `items.retrieve`."""
    user_profile_id: str | None = None
    """User profile the message belongs to; null when none, or when the profile can no longer be found."""
