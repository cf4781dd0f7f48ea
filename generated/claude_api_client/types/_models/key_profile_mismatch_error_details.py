# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class KeyProfileMismatchErrorDetails(APIModel):
    """The API key belongs to another user profile than the request names."""

    error_code: Literal["key_profile_mismatch"]
    """Always `key_profile_mismatch`."""
