# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import OpenEnum


class UserProfileAccessType(OpenEnum):
    """How the platform uses the API for this profile: `application` or `passthrough`."""

    APPLICATION = "application"
    PASSTHROUGH = "passthrough"
