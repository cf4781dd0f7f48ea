# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .user_profile_efs_feature_status import UserProfileEfsFeatureStatus


class UserProfileEfsFeature(APIModel):
    """One feature of Enterprise Frontier Safeguards for a profile."""

    status: UserProfileEfsFeatureStatus
    """`active` once Anthropic has approved the entity for the feature (setting it up is a separate step), else `inactive`."""
