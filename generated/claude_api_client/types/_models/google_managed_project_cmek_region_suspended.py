# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class GoogleManagedProjectCMEKRegionSuspended(APIModel):
    """The region's key was in use but is now unreachable."""

    type: Literal["suspended"]
    """Always `suspended`."""
    effective_external_key_id: str | None = None
    """ID of the key the region encrypts with now; null when none."""
