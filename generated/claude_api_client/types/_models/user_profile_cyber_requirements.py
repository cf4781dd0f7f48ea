# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class UserProfileCyberRequirements(APIModel):
    """What a request naming the profile must allow to get the relaxed safeguards of its active tiers (a request that does not is still served, without them)."""

    data_retention: bool
    """Whether the request's data must be allowed to be retained."""
    human_review: bool
    """Whether Anthropic staff must be allowed to review the retained data."""
