# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class GoogleManagedCMEKRegionFailed(APIModel):
    """The region's key failed validation; sending a key again (even the same one) restarts it."""

    type: Literal["failed"]
    """Always `failed`."""
    effective_external_key_id: str | None = None
    """The key the region applies now (the previous one while a new key is pending or failed); null when it applies none."""
    error: str
    """Why validation failed."""
