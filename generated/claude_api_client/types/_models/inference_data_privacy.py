# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .anthropic_human_review import AnthropicHumanReview
from .storage_member import StorageMember


class InferenceDataPrivacy(APIModel):
    """Where a workspace's retained inference data and transcripts are kept, and whether human review applies."""

    human_review: AnthropicHumanReview | None = None
    """Whether Anthropic's human review applies; null when not set."""
    safeguards_storage: StorageMember | None = None
    """Where copies kept for safety review are stored; null when not set."""
    transcripts_storage: StorageMember | None = None
    """Where transcript copies are stored; null when not set."""
