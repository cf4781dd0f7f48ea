# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class GoogleManagedCMEKRegionSuspended(APIModel):
    """Anthropic has withdrawn or paused its approval of customer keys for this profile, so the region ignores the control."""

    type: Literal["suspended"]
    """Always `suspended`."""
    effective_external_key_id: str | None = None
    """The key the region applies now (the previous one while a new key is pending or failed); null when it applies none."""
