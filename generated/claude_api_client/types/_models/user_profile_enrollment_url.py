# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class UserProfileEnrollmentURL(APIModel):
    """A short-lived link that lets an end user enroll their profile."""

    url: str
    """Link to send to the end user."""
    expires_at: WireDateTime
    """When the link stops working (RFC 3339)."""
    type: Literal["enrollment_url"]
    """Always `enrollment_url`."""
