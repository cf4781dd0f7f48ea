# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class GoogleManagedProjectCMEKRegionFailed(APIModel):
    """The region's key could not be put in use."""

    type: Literal["failed"]
    """Always `failed`."""
    effective_external_key_id: str | None = None
    """ID of the key the region encrypts with now; null when none."""
    error: str
    """What went wrong."""
