# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .anthropic_human_review import AnthropicHumanReview
from .storage_member import StorageMember


class InferenceDataPrivacy(APIModel):
    """Inference Data Privacy."""

    human_review: AnthropicHumanReview | None = None
    """Human review."""
    safeguards_storage: StorageMember | None = None
    """Safeguards storage."""
    transcripts_storage: StorageMember | None = None
    """Transcripts storage."""
