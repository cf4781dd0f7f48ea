# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class DrainingExternalStorageStatus(APIModel):
    """Draining External Storage Status."""

    type: Literal["draining"]
    """Object type tag."""
    healthy: bool
    """Healthy."""
    last_checked_at: WireDateTime
    """When it was last checked (RFC 3339), or null."""
    removal_started: bool
    """Removal started."""
