# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel, WireDateTime


class UserProfileEnrollmentURL(APIModel):
    """A short-lived link that lets an end user enroll their profile."""

    url: str
    expires_at: WireDateTime
    type: Literal["enrollment_url"]
