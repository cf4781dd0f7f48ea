# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class DrainingExternalStorageStatus(APIModel):
    """Detached from every workspace; the data it holds is still being read or removed."""

    type: Literal["draining"]
    """Always `draining`."""
    healthy: bool
    """Whether the last check could reach the bucket."""
    last_checked_at: WireDateTime
    """When the API last checked the bucket (RFC 3339)."""
    removal_started: bool
    """Whether removing the data the bucket holds has begun."""
