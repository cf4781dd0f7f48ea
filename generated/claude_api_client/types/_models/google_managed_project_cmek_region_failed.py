# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class GoogleManagedProjectCMEKRegionFailed(APIModel):
    """Google Managed Project CMEKRegion Failed."""

    type: Literal["failed"]
    """Object type tag."""
    effective_external_key_id: str | None = None
    """ID of the effective external key."""
    error: str
    """What went wrong."""
