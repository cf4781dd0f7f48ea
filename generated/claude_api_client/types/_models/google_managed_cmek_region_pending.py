# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class GoogleManagedCMEKRegionPending(APIModel):
    """The region is checking its key, or has checked it and not applied it yet."""

    type: Literal["pending"]
    """Always `pending`."""
    effective_external_key_id: str | None = None
    """The key the region applies now (the previous one while a new key is pending or failed); null when it applies none."""
    error: str | None = None
    """Why the latest check was refused, while it is retried; null when nothing was refused."""
