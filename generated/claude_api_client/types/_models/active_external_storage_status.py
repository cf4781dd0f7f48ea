# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class ActiveExternalStorageStatus(APIModel):
    """Verified and attached to at least one workspace."""

    type: Literal["active"]
    """Always `active`."""
    healthy: bool
    """Whether the last check could reach the bucket."""
    last_checked_at: WireDateTime
    """When the API last checked the bucket (RFC 3339)."""
