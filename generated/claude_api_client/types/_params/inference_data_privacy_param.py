# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_human_review_param import AnthropicHumanReviewParam
from .storage_member_param import StorageMemberParam


class InferenceDataPrivacyParam(TypedDict):
    """
    Request form of a workspace's inference data privacy settings (create and update).
    """

    human_review: NotRequired[AnthropicHumanReviewParam]
    """
    Whether Anthropic's human review applies to the workspace's traffic.
    """
    safeguards_storage: NotRequired[StorageMemberParam]
    """
    Where copies kept for safety review are stored.
    """
    transcripts_storage: NotRequired[StorageMemberParam]
    """
    Where transcript copies are stored.
    """
