# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class GoogleManagedProjectCMEKRegionPending(APIModel):
    """The region's key is being put in use."""

    type: Literal["pending"]
    """Always `pending`."""
    effective_external_key_id: str | None = None
    """ID of the key the region encrypts with now; null when none."""
    error: str | None = None
    """What went wrong."""
