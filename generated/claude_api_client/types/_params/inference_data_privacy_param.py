# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_human_review import AnthropicHumanReview
from .storage_member import StorageMember


class InferenceDataPrivacyParam(TypedDict):
    """
    Request form of a workspace's inference data privacy settings (create and update).
    """

    human_review: NotRequired[AnthropicHumanReview]
    """
    Whether Anthropic's human review applies to the workspace's traffic.
    """
    safeguards_storage: NotRequired[StorageMember]
    """
    Where copies kept for safety review are stored.
    """
    transcripts_storage: NotRequired[StorageMember]
    """
    Where transcript copies are stored.
    """
