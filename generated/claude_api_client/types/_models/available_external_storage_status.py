# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class AvailableExternalStorageStatus(APIModel):
    """Verified, but no workspace has it attached and nothing is written to it."""

    type: Literal["available"]
    """Always `available`."""
    healthy: bool
    """Whether the last check could reach the bucket."""
    last_checked_at: WireDateTime
    """When the API last checked the bucket (RFC 3339)."""
